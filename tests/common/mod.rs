//! Helpers shared by the integration tests.
#![allow(dead_code)]

use newsgraph::Pipeline;
use newsgraph::lexicon::Lexicon;

/// Fictional states (from the PETRARCH test suite's world) so that tests of
/// rules do not depend on any real entity.
pub const FICTIONAL: &str = "# test gazetteer\ntype\tname\talpha3\taliases\tdemonyms\tcapitals\tcountry\n\
country\tArnor\tARN\t\tArnorian|Arnorians\tAnnuminas\t\n\
country\tGondor\tGON\tKingdom of Gondor\tGondorian|Gondorians\tMinas Tirith\t\n\
country\tRohan\tROH\t\tRohirrim\tEdoras\t\n\
country\tAngmar\tANG\t\tAngmarian\tCarn Dum\t\n\
location\tMinas\t\t\t\t\tGON\n\
location\tLossarnach\t\t\t\t\tGON\n\
location\tLebennin\t\t\t\t\tGON\n\
organization\tWhite Council\t\tWC\t\t\t\n";

/// The built-in pipeline plus the fictional states.
pub fn pipeline() -> Pipeline {
    let mut lex = Lexicon::builtin();
    lex.add_gazetteer_str(FICTIONAL, "fictional.tsv").expect("test gazetteer loads");
    Pipeline::from_lexicon(lex)
}
