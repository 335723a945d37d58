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
}

#[derive(clap::Args)]
struct BuildArgs {
    /// Article files (plain text, or JSONL with --input jsonl); `-` or none reads stdin.
    paths: Vec<PathBuf>,
    /// How the input is laid out.
    #[arg(long, value_enum, default_value_t = InputArg::Text)]
    input: InputArg,
    /// Output format (default: from the -o extension, else json).
    #[arg(long, short = 'f')]
    format: Option<String>,
    /// Write to this file (atomically) instead of stdout.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
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
    let config = Config { gazetteers: args.gazetteers.clone(), cues: args.cues.clone() };
    let pipeline = Pipeline::with_config(&config)?;
    let kind = match args.input {
        InputArg::Text => InputKind::Text,
        InputArg::Jsonl => InputKind::Jsonl,
    };
    let paths = if args.paths.is_empty() { vec![PathBuf::from("-")] } else { args.paths.clone() };
    let mut docs = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        docs.extend(read_documents(path, kind, i + 1)?);
    }
    let graph = pipeline.extract(&docs);
    match &args.output {
        Some(path) => write_atomically(path, |w| format.write(&graph, w)),
        None => {
            let stdout = io::stdout();
            let mut w = io::BufWriter::new(stdout.lock());
            format.write(&graph, &mut w)?;
            w.flush()?;
            Ok(())
        }
    }
}

/// Write through a temporary file in the same folder, then rename, so that a
/// failure never leaves half a file behind.
fn write_atomically(path: &Path, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> anyhow::Result<()> {
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
