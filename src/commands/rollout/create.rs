//! `rollout plan` and `rollout create`: select devices, check that the firmware may go
//! to each of them (trusted, not expired, right hardware, no downgrade, not busy in
//! another rollout), split them into batches and, for create, write it all at once.

use super::Ctx;
use crate::commands::fleet::parse_selector;
use crate::domain::parsers;
use crate::domain::policy::{self, AbortAction, Policy, PolicyInput};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::keyring::Keyring;
use crate::output::{fmt_ms, table};
use clap::Args;
use otactl_store::artifacts::Artifact;
use otactl_store::fleet::{self, Device};
use otactl_store::rollouts::{self, NewRollout};
use serde::Serialize;

/// The rollout's definition, shared by `plan` and `create`.
#[derive(Debug, Args, Clone)]
pub struct RolloutSpec {
    /// The firmware to roll out, NAME@VERSION (signed and registered)
    #[arg(long, value_name = "NAME@VERSION")]
    pub firmware: String,
    /// Which devices, e.g. `hw=stm32f4,tag=quarry-7,version<1.4.0` (`all` for every device)
    #[arg(long, short = 's', value_name = "SELECTOR")]
    pub select: String,
    /// Cumulative batch targets: counts or percentages of the selection
    #[arg(long, default_value = "1,5%,25%,100%", value_parser = parsers::batch_list)]
    pub batches: String,
    /// Share of a batch that must succeed before the next starts
    #[arg(long, default_value = "95%", value_name = "SHARE", value_parser = parsers::share)]
    pub success_threshold: String,
    /// Share of failed, rejected and timed-out devices (among executed) that stops the rollout
    #[arg(long, value_name = "SHARE", value_parser = parsers::share)]
    pub abort_threshold: Option<String>,
    /// The abort threshold applies once this many devices executed
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub abort_min: u64,
    /// What crossing the abort threshold does
    #[arg(long, value_enum, default_value_t = AbortAction::Pause)]
    pub abort_action: AbortAction,
    /// A device silent this long is timed out: counted from its last message about
    /// the update (or the dispatch, before it says anything)
    #[arg(long, default_value = "30m", value_name = "DURATION", value_parser = parsers::positive_duration)]
    pub device_timeout: String,
    /// How long a device whose presence says offline keeps its job before it ends
    /// timed out as unreachable (retryable) [default: the --command-ttl]
    #[arg(long, value_name = "DURATION")]
    pub offline_grace: Option<String>,
    /// Confirmation after reboot: a device's `done` counts only once its inventory
    /// shows the new version (it stays done_unconfirmed, in flight for the gates);
    /// without one this long after `done` it fails (retryable). Off by default
    #[arg(long, value_name = "DURATION", value_parser = parsers::positive_duration)]
    pub confirm_timeout: Option<String>,
    /// How long a device may stay in one stage (downloading, flashing…)
    #[arg(long, value_name = "DURATION", value_parser = parsers::positive_duration)]
    pub stage_timeout: Option<String>,
    /// Wait this long after a batch passes before the next starts
    #[arg(long, default_value = "0s", value_name = "DURATION", value_parser = parsers::duration)]
    pub soak: String,
    /// Start at this time (RFC 3339) instead of now; a past time is refused (`now` is now)
    #[arg(long, value_name = "TIME", value_parser = parsers::time)]
    pub start_at: Option<String>,
    /// Dispatch only inside this window, e.g. 'Mon-Fri 02:00-05:00 Europe/Moscow'
    #[arg(long, value_name = "WINDOW")]
    pub window: Option<String>,
    /// At most this many commands per minute (e.g. 500/min, 20/s, 600/h; at least 1/min)
    #[arg(long, value_name = "RATE", value_parser = parsers::rate)]
    pub max_rate: Option<String>,
    /// Retries of failed and timed-out devices (rejected ones are never retried)
    #[arg(long, default_value_t = 0)]
    pub retries: u32,
    /// Wait before a device's first retry; each further retry waits twice as long
    #[arg(long, default_value = "5s", value_name = "DURATION", value_parser = parsers::duration)]
    pub retry_backoff: String,
    /// One batch, no window, no soak: for a fix that cannot wait
    #[arg(long)]
    pub emergency: bool,
    /// Allow devices whose security counter is not below the firmware's
    #[arg(long)]
    pub allow_downgrade: bool,
    /// How long a command stays valid on a device
    #[arg(long, default_value = "24h", value_name = "DURATION", value_parser = parsers::positive_duration)]
    pub command_ttl: String,
}

/// Show what a rollout would do: its batches, devices and predicted timeline.
/// Nothing is created.
#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub spec: RolloutSpec,
    /// Assumed time for one device to finish its update, for the timeline
    #[arg(long, default_value = "10m", value_name = "DURATION", value_parser = parsers::duration)]
    pub assume_update_time: String,
}

/// Create a rollout. It is checked first: unknown or untrusted firmware, an expired
/// manifest, an image not uploaded (unless --artifact-url names the artifact server
/// the engine uses), hardware outside the manifest's list, a downgrade by
/// counter, an empty selection or devices busy in another active rollout are refused,
/// naming devices.
///
/// Example: otactl rollout create --firmware engine-ecu@1.4.2 --select hw=stm32f4
///   --batches 1,5%,25%,100% --success-threshold 95% --abort-threshold 10%
///   --window 'Mon-Fri 02:00-05:00 Europe/Moscow' --max-rate 500/min --retries 2
#[derive(Debug, Args)]
pub struct CreateArgs {
    #[command(flatten)]
    pub spec: RolloutSpec,
    /// The rollout's id [default: generated]
    #[arg(long)]
    pub id: Option<String>,
    /// Check everything and print the plan, without creating
    #[arg(long)]
    pub dry_run: bool,
    /// The artifact server the engine hands out images from (as `otactl run
    /// --artifact-url`): with it, an image that is not uploaded is accepted
    #[arg(
        long,
        env = "OTACTL_ARTIFACT_URL",
        value_name = "URL",
        hide_env_values = true
    )]
    pub artifact_url: Option<String>,
}

/// Everything checked, ready to plan or create.
pub struct Prepared {
    pub artifact: Artifact,
    pub policy: Policy,
    pub batches: Vec<Vec<String>>,
}

fn name_some(ids: &[String]) -> String {
    let shown: Vec<&str> = ids.iter().take(5).map(String::as_str).collect();
    if ids.len() > 5 {
        format!("{} and {} more", shown.join(", "), ids.len() - 5)
    } else {
        shown.join(", ")
    }
}

/// A stable spread of devices over batches: canaries are not all from one site.
fn spread_key(seed: &str, id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in seed.bytes().chain([0]).chain(id.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

pub fn prepare(ctx: &Ctx, spec: &RolloutSpec, seed: &str) -> CliResult<Prepared> {
    let conn = ctx.open_store()?;
    let artifact = crate::commands::firmware::find_artifact(&conn, &spec.firmware)?;
    let trusted = Keyring::new(None).trusted()?;
    if !trusted.iter().any(|k| k.key_id_hex() == artifact.key_id) {
        return Err(CliError::new(
            ErrorKind::Verification,
            format!(
                "{} is signed by key {}, which is not trusted",
                spec.firmware, artifact.key_id
            ),
        )
        .with_hint("trust the signer with `otactl keys trust KEY.pub`"));
    }
    let now = otactl_store::now_ms();
    if let Some(exp) = artifact.expires_ms
        && exp < now
    {
        return Err(CliError::new(
            ErrorKind::Verification,
            format!(
                "the manifest of {} expired at {}",
                spec.firmware,
                fmt_ms(exp)
            ),
        )
        .with_hint("sign a new release (devices refuse expired manifests)"));
    }
    let sel = parse_selector(Some(&spec.select))?;
    let mut devices: Vec<Device> = fleet::list_devices(&conn)?
        .into_iter()
        .filter(|d| sel.matches(d))
        .collect();
    if devices.is_empty() {
        return Err(
            CliError::input(format!("the selector '{}' matches no device", spec.select))
                .with_hint("check it with `otactl fleet list --select …`"),
        );
    }
    let wrong_hw: Vec<String> = devices
        .iter()
        .filter(|d| !artifact.hw.contains(&d.hw))
        .map(|d| format!("{} ({})", d.id, d.hw))
        .collect();
    if !wrong_hw.is_empty() {
        return Err(CliError::input(format!(
            "{} device(s) have hardware outside {}'s list [{}]: {}",
            wrong_hw.len(),
            spec.firmware,
            artifact.hw.join(", "),
            name_some(&wrong_hw)
        ))
        .with_hint(format!(
            "narrow the selection, e.g. add hw={}",
            artifact.hw.join("|")
        )));
    }
    if !spec.allow_downgrade {
        let down: Vec<String> = devices
            .iter()
            .filter(|d| d.counter >= artifact.counter)
            .map(|d| format!("{} (counter {})", d.id, d.counter))
            .collect();
        if !down.is_empty() {
            return Err(CliError::input(format!(
                "{} device(s) already have a security counter at or above {} ({}): {}",
                down.len(),
                artifact.counter,
                spec.firmware,
                name_some(&down)
            ))
            .with_hint("devices refuse a rollback; exclude them, or --allow-downgrade if they were re-provisioned"));
        }
    }
    let busy: Vec<String> = devices
        .iter()
        .filter_map(|d| {
            fleet::active_rollout_of(&conn, &d.id)
                .ok()
                .flatten()
                .map(|r| format!("{} (in {r})", d.id))
        })
        .collect();
    if !busy.is_empty() {
        return Err(CliError::input(format!(
            "{} device(s) are already in another active rollout: {}",
            busy.len(),
            name_some(&busy)
        ))
        .with_hint("wait for it to finish, or abort it, or narrow the selection"));
    }
    let start_at_ms = spec.start_at.as_deref().map(parse_time).transpose()?;
    let input = PolicyInput {
        batches: &spec.batches,
        success_threshold: &spec.success_threshold,
        abort_threshold: spec.abort_threshold.as_deref(),
        abort_min: spec.abort_min,
        abort_action: Some(spec.abort_action),
        device_timeout: &spec.device_timeout,
        stage_timeout: spec.stage_timeout.as_deref(),
        soak: &spec.soak,
        start_at_ms,
        window: spec.window.as_deref(),
        max_rate: spec.max_rate.as_deref(),
        retries: spec.retries,
        retry_backoff: &spec.retry_backoff,
        emergency: spec.emergency,
        allow_downgrade: spec.allow_downgrade,
        command_ttl: &spec.command_ttl,
        offline_grace: spec.offline_grace.as_deref(),
        confirm_timeout: spec.confirm_timeout.as_deref(),
    };
    let policy = policy::build(&input, devices.len() as u64).map_err(CliError::input)?;
    devices.sort_by_key(|d| spread_key(seed, &d.id));
    let mut batches = Vec::with_capacity(policy.batch_sizes.len());
    let mut it = devices.into_iter().map(|d| d.id);
    for &n in &policy.batch_sizes {
        batches.push(it.by_ref().take(n as usize).collect());
    }
    Ok(Prepared {
        artifact,
        policy,
        batches,
    })
}

fn parse_time(s: &str) -> CliResult<i64> {
    let now = otactl_store::now_ms();
    if s == "now" {
        return Ok(now);
    }
    let t = crate::domain::duration::parse_rfc3339_ms(s).ok_or_else(|| {
        CliError::input(format!("invalid --start-at '{s}'"))
            .with_hint("use RFC 3339, e.g. 2026-11-23T02:00:00+03:00")
    })?;
    // A minute of slack for a time computed a moment ago by a script.
    if t < now - 60_000 {
        return Err(CliError::input(format!("--start-at {s} is in the past"))
            .with_hint("give a future time, or --start-at now (or leave it out) to start now"));
    }
    Ok(t)
}

#[derive(Serialize)]
struct PlanOut<'a> {
    id: Option<&'a str>,
    firmware: String,
    devices: u64,
    policy: &'a Policy,
    batches: Vec<PlanBatch<'a>>,
}

#[derive(Serialize)]
struct PlanBatch<'a> {
    index: usize,
    size: u64,
    devices: &'a [String],
    dispatch_start: String,
    dispatch_end: String,
    next_batch_at_earliest: String,
}

fn print_plan(ctx: &Ctx, id: Option<&str>, p: &Prepared, assumed_update_s: u64) -> CliResult<()> {
    let tl = policy::timeline(&p.policy, otactl_store::now_ms(), assumed_update_s);
    let out = PlanOut {
        id,
        firmware: format!("{}@{}", p.artifact.name, p.artifact.version),
        devices: p.batches.iter().map(|b| b.len() as u64).sum(),
        policy: &p.policy,
        batches: tl
            .iter()
            .zip(&p.batches)
            .map(|(t, devs)| PlanBatch {
                index: t.index,
                size: t.size,
                devices: devs,
                dispatch_start: fmt_ms(t.dispatch_start_ms),
                dispatch_end: fmt_ms(t.dispatch_end_ms),
                next_batch_at_earliest: fmt_ms(t.gate_ms),
            })
            .collect(),
    };
    ctx.printer.data(&out, |w| {
        if let Some(id) = id {
            writeln!(w, "rollout {id}")?;
        }
        writeln!(
            w,
            "{} to {} device(s) in {} batch(es)",
            out.firmware,
            out.devices,
            out.batches.len()
        )?;
        let pol = &p.policy;
        writeln!(
            w,
            "gates: {:.0}% success per batch{}; device timeout {}s{}; soak {}s{}{}{}",
            pol.success_threshold * 100.0,
            pol.abort_threshold
                .map(|t| {
                    let action = match pol.abort_action {
                        AbortAction::Pause => "pause",
                        AbortAction::Abort => "abort",
                    };
                    format!(
                        ", {action} above {:.0}% failed after {} executed",
                        t * 100.0,
                        pol.abort_min
                    )
                })
                .unwrap_or_default(),
            pol.device_timeout_s,
            pol.confirm_timeout_s
                .map(|c| format!("; done confirmed by the inventory within {c}s"))
                .unwrap_or_default(),
            pol.soak_s,
            pol.window
                .as_deref()
                .map(|w| format!("; window {w}"))
                .unwrap_or_default(),
            pol.max_rate_per_min
                .map(|r| format!("; max {r}/min"))
                .unwrap_or_default(),
            if pol.retries > 0 {
                format!("; {} retries", pol.retries)
            } else {
                String::new()
            },
        )?;
        let rows: Vec<Vec<String>> = out
            .batches
            .iter()
            .map(|b| {
                vec![
                    b.index.to_string(),
                    b.size.to_string(),
                    b.dispatch_start.clone(),
                    b.dispatch_end.clone(),
                    b.next_batch_at_earliest.clone(),
                    {
                        let first: Vec<&str> =
                            b.devices.iter().take(3).map(String::as_str).collect();
                        if b.devices.len() > 3 {
                            format!("{}, …", first.join(", "))
                        } else {
                            first.join(", ")
                        }
                    },
                ]
            })
            .collect();
        table(
            w,
            &[
                "BATCH",
                "SIZE",
                "DISPATCH FROM",
                "DISPATCH UNTIL",
                "NEXT BATCH ≥",
                "DEVICES",
            ],
            &rows,
        )
    })
}

pub fn cmd_plan(ctx: &Ctx, a: &PlanArgs) -> CliResult<()> {
    let assumed = crate::domain::duration::parse(&a.assume_update_time).map_err(CliError::input)?;
    let p = prepare(ctx, &a.spec, &a.spec.firmware)?;
    print_plan(ctx, None, &p, assumed.as_secs())
}

pub fn new_id() -> String {
    use rand::Rng;
    let n: u32 = rand::thread_rng().r#gen();
    format!("ro-{:06x}", n & 0xff_ffff)
}

pub fn cmd_create(ctx: &Ctx, a: &CreateArgs) -> CliResult<()> {
    let id = a.id.clone().unwrap_or_else(new_id);
    if !crate::domain::ids::is_device_id(&id) {
        return Err(CliError::input(format!("invalid rollout id '{id}'"))
            .with_hint("use letters, digits, '.', '_' and '-'"));
    }
    let p = prepare(ctx, &a.spec, &id)?;
    // An image the engine cannot hand out would stop at its first dispatch: refuse it
    // now, unless the engine serves images itself (the field kit's artifact server).
    if p.artifact.object_key.is_none() && a.artifact_url.as_deref().is_none_or(str::is_empty) {
        return Err(CliError::input(format!(
            "{}@{} is not uploaded: the engine would have no URL to send devices",
            p.artifact.name, p.artifact.version
        ))
        .with_hint(
            "upload it first (otactl firmware upload FILE), or name the artifact server \
             the engine uses with --artifact-url URL (otactl serve --http … --artifacts DIR)",
        ));
    }
    if a.dry_run {
        return print_plan(ctx, Some(&id), &p, 600);
    }
    let state = create(ctx, &id, &a.spec, &p)?;
    if ctx.printer.is_json() {
        return print_plan(ctx, Some(&id), &p, 600);
    }
    ctx.printer.data(&(), |w| {
        writeln!(
            w,
            "created rollout {id}: {}@{} to {} device(s) in {} batch(es), {state}",
            p.artifact.name,
            p.artifact.version,
            p.batches.iter().map(Vec::len).sum::<usize>(),
            p.batches.len()
        )?;
        writeln!(
            w,
            "follow it with: otactl rollout status {id}  (the engine: otactl run)"
        )
    })
}

/// Writes a prepared rollout (batches and jobs in one transaction); its first state.
pub fn create(
    ctx: &Ctx,
    id: &str,
    spec: &RolloutSpec,
    p: &Prepared,
) -> CliResult<otactl_store::RolloutState> {
    let id = id.to_string();
    let mut conn = ctx.open_store()?;
    if rollouts::get(&conn, &id)?.is_some() {
        return Err(
            CliError::input(format!("rollout {id} already exists")).with_hint("pick another --id")
        );
    }
    let now = otactl_store::now_ms();
    let state = match p.policy.start_at_ms {
        Some(t) if t > now => otactl_store::RolloutState::Scheduled,
        _ => otactl_store::RolloutState::Running,
    };
    let policy_json =
        serde_json::to_string(&p.policy).map_err(|e| CliError::internal(e.to_string()))?;
    rollouts::create(
        &mut conn,
        &NewRollout {
            id: id.clone(),
            artifact_id: p.artifact.id,
            selector: spec.select.clone(),
            policy: policy_json,
            state,
            target_version: p.artifact.version.clone(),
            batches: p.batches.clone(),
            confirm_ms: p.policy.confirm_ms(),
        },
        now,
    )?;
    Ok(state)
}
