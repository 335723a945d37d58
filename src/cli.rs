//! Command-line arguments, converted once into library calls.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};

use newsgraph::export::Format;
use newsgraph::input::{InputKind, read_documents};
use newsgraph::{Config, Pipeline};

#[derive(Parser)]
#[command(name = "newsgraph", version, about = "Turn news articles into knowledge graphs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles and print one merged knowledge graph.
    Build(BuildArgs),
    /// Read articles and print the events per pair of countries (dyads).
    Dyads(DyadsArgs),
}

#[derive(clap::Args)]
struct BuildArgs {
    #[command(flatten)]
    source: SourceArgs,
    /// Output format (default: from the -o extension, else json).
    #[arg(long, short = 'f', value_parser = clap::builder::PossibleValuesParser::new(Format::ALL.iter().map(|f| f.name())))]
    format: Option<String>,
    /// Write to this file (atomically; a folder for neo4j-csv) instead of stdout.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
}

/// What to read and with which extra dictionaries (shared by every command).
#[derive(clap::Args)]
struct SourceArgs {
    /// Article files (plain text, or JSONL with --input jsonl); `-` or none reads stdin.
    paths: Vec<PathBuf>,
    /// How the input is laid out.
    #[arg(long, value_enum, default_value_t = InputArg::Text)]
    input: InputArg,
    /// Extra gazetteer TSV files (entities, aliases, types, ids).
    #[arg(long = "gazetteer", short = 'g')]
    gazetteers: Vec<PathBuf>,
    /// Extra event cue TSV files (the columns of the built-in cues.tsv).
    #[arg(long = "cues")]
    cues: Vec<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum InputArg {
    Text,
    Jsonl,
}

/// Run the command; returns the process exit code.
pub fn run() -> i32 {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(args),
        Command::Dyads(args) => dyads(args),
    };
    match result {
        Ok(()) => 0,
        Err(e) => {
            if e.chain().any(|c| c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe))
            {
                return 0;
            }
            eprintln!("newsgraph: error: {e:#}");
            2
        }
    }
}

fn format_for(args: &BuildArgs) -> anyhow::Result<Format> {
    if let Some(name) = &args.format {
        return Format::from_name(name).with_context(|| {
            let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
            format!("unknown format {name:?} (one of: {})", names.join(", "))
        });
    }
    if let Some(out) = &args.output {
        if let Some(ext) = out.extension().and_then(|e| e.to_str()) {
            return Format::from_extension(ext).with_context(|| {
                format!("{}: cannot tell the format from the extension; pass --format", out.display())
            });
        }
    }
    Ok(Format::Json)
}

fn build(args: BuildArgs) -> anyhow::Result<()> {
    let format = format_for(&args)?;
    let (pipeline, docs) = args.source.load()?;
    let graph = pipeline.extract(&docs);
    match &args.output {
        Some(dir) if format.is_directory() => {
            write_dir_atomically(dir, format.file_names(), |d| format.write_dir(&graph, d))
        }
        Some(path) => write_atomically(path, |w| format.write(&graph, w)),
        None if format.is_directory() => {
            bail!("the {} format is a folder of files: pass -o DIR", format.name())
        }
        None => {
            let stdout = io::stdout();
            let mut w = io::BufWriter::new(stdout.lock());
            format.write(&graph, &mut w)?;
            w.flush()?;
            Ok(())
        }
    }
}

/// Where `-o PATH` is written.
#[derive(Debug, PartialEq)]
enum Destination {
    /// A device, pipe or socket (`/dev/null`, `/dev/stdout`, a FIFO): written
    /// in place, since renaming a file over it would replace the device.
    InPlace,
    /// A regular file, new or old: written beside it and renamed over it. A
    /// symbolic link is followed, so the link stays and its target changes.
    Atomic(std::path::PathBuf),
}

fn destination(path: &Path) -> anyhow::Result<Destination> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => bail!("{}: is a folder, not a file", path.display()),
        Ok(meta) if !meta.is_file() => Ok(Destination::InPlace),
        Ok(_) if path.is_symlink() => Ok(Destination::Atomic(
            std::fs::canonicalize(path).with_context(|| format!("{}: cannot follow the link", path.display()))?,
        )),
        _ => Ok(Destination::Atomic(path.to_path_buf())),
    }
}

/// Write through a temporary file in the same folder, then rename, so that a
/// failure never leaves half a file behind. Devices and pipes are written in
/// place.
fn write_atomically(path: &Path, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> anyhow::Result<()> {
    let target = match destination(path)? {
        Destination::InPlace => {
            let result = (|| -> io::Result<()> {
                let mut w = io::BufWriter::new(std::fs::OpenOptions::new().write(true).open(path)?);
                write(&mut w)?;
                w.flush()
            })();
            return result.with_context(|| format!("{}: cannot write", path.display()));
        }
        Destination::Atomic(target) => target,
    };
    let path = target.as_path();
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !dir.is_dir() {
        bail!("{}: the folder {} does not exist", path.display(), dir.display());
    }
    let name = path.file_name().with_context(|| format!("{}: not a file name", path.display()))?;
    let tmp = dir.join(format!(".{}.{}.tmp", name.to_string_lossy(), std::process::id()));
    let result = (|| -> io::Result<()> {
        let file = std::fs::File::create(&tmp)?;
        let mut w = io::BufWriter::new(file);
        write(&mut w)?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("{}: cannot write", path.display()));
    }
    Ok(())
}

/// Write a folder through a temporary folder beside it, then rename, so
/// that a failure never leaves half an export behind. An existing folder is
/// replaced only when it holds nothing but files of this format (an earlier
/// export); any other folder is left alone.
fn write_dir_atomically(
    path: &Path,
    files: &[&str],
    write: impl FnOnce(&Path) -> io::Result<()>,
) -> anyhow::Result<()> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !parent.is_dir() {
        bail!("{}: the folder {} does not exist", path.display(), parent.display());
    }
    let name = path.file_name().with_context(|| format!("{}: not a folder name", path.display()))?;
    let replace = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => {
            for entry in std::fs::read_dir(path).with_context(|| format!("{}: cannot read", path.display()))? {
                let entry = entry?;
                let ours = files.iter().any(|f| entry.file_name() == *f) && entry.file_type()?.is_file();
                if !ours {
                    bail!(
                        "{}: the folder exists and holds {:?}, which this export would not write; choose an empty or new folder",
                        path.display(),
                        entry.file_name()
                    );
                }
            }
            true
        }
        Ok(_) => bail!("{}: exists and is not a folder", path.display()),
        Err(_) => false,
    };
    let stem = name.to_string_lossy();
    let tmp = parent.join(format!(".{stem}.{}.tmp", std::process::id()));
    let old = parent.join(format!(".{stem}.{}.old", std::process::id()));
    let result = (|| -> io::Result<()> {
        std::fs::create_dir(&tmp)?;
        write(&tmp)?;
        if replace {
            std::fs::rename(path, &old)?;
            if let Err(e) = std::fs::rename(&tmp, path) {
                let _ = std::fs::rename(&old, path);
                return Err(e);
            }
            std::fs::remove_dir_all(&old)
        } else {
            std::fs::rename(&tmp, path)
        }
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e).with_context(|| format!("{}: cannot write", path.display()));
    }
    Ok(())
}

#[derive(clap::Args)]
struct DyadsArgs {
    #[command(flatten)]
    source: SourceArgs,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = DyadFormat::Table)]
    format: DyadFormat,
    /// Also count negated, conditional and reported events.
    #[arg(long)]
    all_modalities: bool,
    /// Write to this file (atomically) instead of stdout.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum DyadFormat {
    Table,
    Json,
}

/// Build the graph as `build` does, then print its dyads.
fn dyads(args: DyadsArgs) -> anyhow::Result<()> {
    let (pipeline, docs) = args.source.load()?;
    let graph = pipeline.extract(&docs);
    let rows = newsgraph::dyads::dyads(&graph, args.all_modalities);
    let write = |w: &mut dyn Write| match args.format {
        DyadFormat::Table => newsgraph::dyads::write_table(&rows, w),
        DyadFormat::Json => newsgraph::dyads::write_json(&rows, w),
    };
    match &args.output {
        Some(path) => write_atomically(path, write),
        None => {
            let stdout = io::stdout();
            let mut w = io::BufWriter::new(stdout.lock());
            write(&mut w)?;
            w.flush()?;
            Ok(())
        }
    }
}

impl SourceArgs {
    /// The pipeline with the user's dictionaries, and the documents to run it on.
    fn load(&self) -> anyhow::Result<(Pipeline, Vec<newsgraph::Document>)> {
        let config = Config { gazetteers: self.gazetteers.clone(), cues: self.cues.clone() };
        let pipeline = Pipeline::with_config(&config)?;
        Ok((pipeline, read_inputs(&self.paths, self.input)?))
    }
}

/// Read every input (stdin when there is none); a repeated document id is
/// allowed but reported, since its mentions will share the id.
fn read_inputs(paths: &[PathBuf], input: InputArg) -> anyhow::Result<Vec<newsgraph::Document>> {
    let kind = match input {
        InputArg::Text => InputKind::Text,
        InputArg::Jsonl => InputKind::Jsonl,
    };
    let stdin = [PathBuf::from("-")];
    let paths = if paths.is_empty() { &stdin[..] } else { paths };
    let mut docs = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        docs.extend(read_documents(path, kind, i + 1)?);
    }
    let mut seen = std::collections::HashSet::new();
    for d in &docs {
        if !seen.insert(d.id.as_str()) {
            eprintln!("newsgraph: warning: document id {:?} occurs more than once; its documents share it", d.id);
        }
    }
    Ok(docs)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn devices_are_written_in_place() {
        assert_eq!(destination(Path::new("/dev/null")).unwrap(), Destination::InPlace);
    }

    #[test]
    fn links_are_followed_and_folders_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("graph.json");
        let link = dir.path().join("latest.json");
        std::fs::write(&file, "{}").unwrap();
        std::os::unix::fs::symlink(&file, &link).unwrap();
        let real = std::fs::canonicalize(&file).unwrap();
        assert_eq!(destination(&link).unwrap(), Destination::Atomic(real));
        let new = dir.path().join("new.json");
        assert_eq!(destination(&new).unwrap(), Destination::Atomic(new.clone()));
        assert!(destination(dir.path()).unwrap_err().to_string().contains("is a folder"));
    }
}
