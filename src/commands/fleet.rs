//! `otactl fleet import | list | show | remove`: the device inventory.

use super::Ctx;
use crate::domain::fleet_file::{self, Format};
use crate::domain::selector::{self, Selector};
use crate::error::{CliError, CliResult};
use crate::output::{fmt_ms, table};
use clap::{Args, Subcommand};
use otactl_store::fleet::{self, Device};
use serde::Serialize;
use std::io::Read;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum FleetCommand {
    // The help (and the man page) come from ImportArgs' doc: the file format.
    Import(ImportArgs),
    /// List devices, optionally filtered by a selector
    List(ListArgs),
    /// Show one device with its job history and latest statuses
    Show(ShowArgs),
    /// Remove devices from the inventory (their job history stays)
    Remove(RemoveArgs),
}

impl FleetCommand {
    pub fn audit_name(&self) -> Option<&'static str> {
        match self {
            FleetCommand::Import(a) if !a.dry_run => Some("fleet import"),
            FleetCommand::Remove(_) => Some("fleet remove"),
            _ => None,
        }
    }

    pub fn run(&self, ctx: &Ctx) -> CliResult<()> {
        match self {
            FleetCommand::Import(a) => cmd_import(ctx, a),
            FleetCommand::List(a) => cmd_list(ctx, a),
            FleetCommand::Show(a) => cmd_show(ctx, a),
            FleetCommand::Remove(a) => cmd_remove(ctx, a),
        }
    }
}

/// Import devices from a CSV or JSON file (all rows or none)
///
/// Devices already known are updated. The file format:
///
/// CSV: a header with `id` and `hw` (required), and optionally `tags` (several
/// separated by `;`), `firmware_version` and `counter` (the anti-rollback counter the
/// device runs, a whole number), then one device per row:
///
///     id,hw,tags,firmware_version,counter
///     1HGCM82633A004352,stm32f4,quarry-7;north,1.3.0,41
///     1HGCM82633A004353,esp32,,,
///
/// JSON: an array of objects with the same fields (`tags` as a list of strings):
///
///     [{"id": "1HGCM82633A004352", "hw": "stm32f4", "tags": ["quarry-7"],
///       "firmware_version": "1.3.0", "counter": 41}]
///
/// A bad row stops the import with its line number, and nothing is imported.
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct ImportArgs {
    /// The file to import (`-` for standard input)
    pub file: PathBuf,
    /// The file's format [default: guessed from the content]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Check the file and report what would change, without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Serialize)]
struct ImportReport {
    file: String,
    devices: usize,
    inserted: u64,
    updated: u64,
    dry_run: bool,
}

fn cmd_import(ctx: &Ctx, args: &ImportArgs) -> CliResult<()> {
    let name = args.file.display().to_string();
    let mut bytes = Vec::new();
    if name == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(&args.file).map_err(|e| {
            CliError::input(format!("cannot read {name}: {e}"))
                .with_hint("check the path; use - to read standard input")
        })?;
    }
    let format = args.format.unwrap_or_else(|| fleet_file::sniff(&bytes));
    let devices = fleet_file::parse(&bytes, format).map_err(|e| {
        CliError::input(format!("{name}: {e}"))
            .with_hint("fix that row and import again; nothing was imported")
    })?;
    let mut conn = if args.dry_run {
        ctx.open_store()?
    } else {
        ctx.create_store()?
    };
    let stats = if args.dry_run {
        let mut st = fleet::ImportStats::default();
        for d in &devices {
            if fleet::get_device(&conn, &d.id)?.is_some() {
                st.updated += 1;
            } else {
                st.inserted += 1;
            }
        }
        st
    } else {
        fleet::import_devices(&mut conn, &devices, otactl_store::now_ms())?
    };
    let report = ImportReport {
        file: name.clone(),
        devices: devices.len(),
        inserted: stats.inserted,
        updated: stats.updated,
        dry_run: args.dry_run,
    };
    ctx.printer.data(&report, |w| {
        let verb = if args.dry_run {
            "would import"
        } else {
            "imported"
        };
        writeln!(
            w,
            "{verb} {} devices from {name}: {} new, {} updated",
            report.devices, report.inserted, report.updated
        )
    })
}

/// List devices (sorted by id), optionally only those a selector matches.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Which devices, e.g. `hw=stm32f4,tag=quarry-7,version<1.4.0`
    #[arg(long, short = 's', value_name = "SELECTOR")]
    pub select: Option<String>,
    /// At most this many devices
    #[arg(long)]
    pub limit: Option<usize>,
}

/// Parses `--select`; without one, every device (only where the command says so).
pub fn parse_selector(s: Option<&str>) -> CliResult<Selector> {
    match s {
        None => Ok(Selector::all()),
        Some(s) => Selector::parse(s).map_err(|e| CliError::input(e).with_hint(selector::HELP)),
    }
}

fn cmd_list(ctx: &Ctx, args: &ListArgs) -> CliResult<()> {
    let sel = parse_selector(args.select.as_deref())?;
    let conn = ctx.open_store()?;
    let inventory = fleet::list_devices(&conn)?;
    let total = inventory.len();
    let mut devices: Vec<Device> = inventory.into_iter().filter(|d| sel.matches(d)).collect();
    if let Some(n) = args.limit {
        devices.truncate(n);
    }
    ctx.printer.data(&devices, |w| {
        let rows: Vec<Vec<String>> = devices
            .iter()
            .map(|d| {
                vec![
                    d.id.clone(),
                    d.hw.clone(),
                    d.firmware_version.clone().unwrap_or_else(|| "-".into()),
                    d.counter.to_string(),
                    d.presence.clone().unwrap_or_else(|| "-".into()),
                    d.tags.join(","),
                ]
            })
            .collect();
        table(
            w,
            &["ID", "HW", "VERSION", "COUNTER", "PRESENCE", "TAGS"],
            &rows,
        )?;
        if total == 0 {
            writeln!(
                w,
                "(the inventory is empty; import devices with `otactl fleet import FILE`)"
            )?;
        } else if devices.is_empty() {
            writeln!(w, "(no devices match '{sel}', of {total} in the inventory)")?;
        }
        Ok(())
    })
}

/// Show one device: what it runs, its jobs in every rollout, its latest statuses.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The device id
    pub id: String,
    /// How many of the latest status messages to show
    #[arg(long, default_value_t = 20)]
    pub statuses: u32,
}

#[derive(Serialize)]
struct DeviceDetail {
    device: Device,
    jobs: Vec<otactl_store::jobs::Job>,
    statuses: Vec<otactl_store::jobs::StatusEvent>,
}

fn cmd_show(ctx: &Ctx, args: &ShowArgs) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let device = fleet::get_device(&conn, &args.id)?.ok_or_else(|| {
        CliError::input(format!("device '{}' is not in the inventory", args.id))
            .with_hint("list devices with `otactl fleet list`")
    })?;
    let detail = DeviceDetail {
        jobs: otactl_store::jobs::jobs_of_device(&conn, &args.id)?,
        statuses: otactl_store::jobs::status_history(&conn, &args.id, args.statuses)?,
        device,
    };
    ctx.printer.data(&detail, |w| {
        let d = &detail.device;
        writeln!(w, "device    {}", d.id)?;
        writeln!(w, "hw        {}", d.hw)?;
        writeln!(
            w,
            "version   {}",
            d.firmware_version.as_deref().unwrap_or("-")
        )?;
        writeln!(w, "counter   {}", d.counter)?;
        writeln!(w, "tags      {}", d.tags.join(", "))?;
        writeln!(
            w,
            "presence  {}",
            d.presence.as_deref().unwrap_or("unknown")
        )?;
        writeln!(
            w,
            "last seen {}",
            d.last_seen_ms.map(fmt_ms).unwrap_or_else(|| "-".into())
        )?;
        writeln!(w)?;
        super::device::write_history(w, &detail.jobs, &detail.statuses)
    })
}

/// Remove devices from the inventory. Their job and status history is kept.
/// A device in an active rollout is not removed.
///
/// A selector that matches more than 20 devices needs the count confirmed even with
/// `--yes` (`--confirm-count N`, N the number it matches), so an empty or mistyped
/// variable in a script cannot empty the inventory; `--all` removes every device.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// Device ids to remove
    #[arg(required_unless_present_any = ["select", "all"])]
    pub ids: Vec<String>,
    /// Remove every device a selector matches
    #[arg(long, short = 's', value_name = "SELECTOR", conflicts_with_all = ["ids", "all"])]
    pub select: Option<String>,
    /// Remove every device in the inventory
    #[arg(long, conflicts_with = "ids")]
    pub all: bool,
    /// The number of devices the selector matches, confirming a large removal
    #[arg(long, value_name = "N")]
    pub confirm_count: Option<usize>,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// Above this many devices, a selector's removal needs its count confirmed.
pub const REMOVE_THRESHOLD: usize = 20;

fn cmd_remove(ctx: &Ctx, args: &RemoveArgs) -> CliResult<()> {
    let mut conn = ctx.open_store()?;
    let ids: Vec<String> =
        match (&args.select, args.all) {
            (None, true) => fleet::list_devices(&conn)?
                .into_iter()
                .map(|d| d.id)
                .collect(),
            (Some(s), _) => {
                let sel = parse_selector(Some(s))?;
                fleet::list_devices(&conn)?
                    .into_iter()
                    .filter(|d| sel.matches(d))
                    .map(|d| d.id)
                    .collect()
            }
            (None, false) => {
                for id in &args.ids {
                    if fleet::get_device(&conn, id)?.is_none() {
                        return Err(CliError::input(format!(
                            "device '{id}' is not in the inventory"
                        ))
                        .with_hint("nothing was removed; check the ids with `otactl fleet list`"));
                    }
                }
                args.ids.clone()
            }
        };
    for id in &ids {
        if let Some(r) = fleet::active_rollout_of(&conn, id)? {
            return Err(
                CliError::input(format!("device '{id}' is in active rollout {r}"))
                    .with_hint(format!("nothing was removed; finish or cancel {r} first")),
            );
        }
    }
    if ids.is_empty() {
        return Err(CliError::input("no devices match; nothing was removed"));
    }
    if let Some(s) = &args.select
        && ids.len() > REMOVE_THRESHOLD
        && args.confirm_count != Some(ids.len())
    {
        let n = ids.len();
        let why = match args.confirm_count {
            Some(c) => format!("the selector '{s}' matches {n} devices, not {c}"),
            None => format!("the selector '{s}' matches {n} devices"),
        };
        return Err(CliError::input(format!("{why}; nothing was removed")).with_hint(format!(
            "check it with `otactl fleet list --select '{s}'`; to remove them, add --confirm-count {n}"
        )));
    }
    ctx.confirm(
        &format!("remove {} device(s) from the inventory", ids.len()),
        args.yes,
    )?;
    let n = fleet::remove_devices(&mut conn, &ids)?;
    #[derive(Serialize)]
    struct Out {
        removed: u64,
        ids: Vec<String>,
    }
    let out = Out { removed: n, ids };
    ctx.printer
        .data(&out, |w| writeln!(w, "removed {n} device(s)"))
}
