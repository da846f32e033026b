//! `otactl firmware list [--remote]`: the artifacts the store knows, or the bucket's
//! contents against them.

use super::super::Ctx;
use super::super::storage;
use crate::error::CliResult;
use crate::output::{fmt_ms, table};
use clap::Args;
use otactl_store::artifacts::{self};
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Compare the bucket's contents with what the store knows
    #[arg(long)]
    pub remote: bool,
}

pub fn cmd_list(ctx: &Ctx) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let list = artifacts::list(&conn)?;
    ctx.printer.data(&list, |w| {
        let rows: Vec<Vec<String>> = list
            .iter()
            .map(|a| {
                vec![
                    format!("{}@{}", a.name, a.version),
                    a.counter.to_string(),
                    a.hw.join(","),
                    a.size.to_string(),
                    a.key_id.clone(),
                    a.object_key.clone().unwrap_or_else(|| "-".into()),
                    fmt_ms(a.created_ms),
                ]
            })
            .collect();
        table(
            w,
            &[
                "ARTIFACT",
                "COUNTER",
                "HW",
                "SIZE",
                "KEY",
                "UPLOADED AS",
                "SIGNED",
            ],
            &rows,
        )
    })
}

#[derive(Serialize)]
struct RemoteRow {
    key: String,
    size: Option<u64>,
    artifact: Option<String>,
    in_bucket: bool,
    in_store: bool,
}

/// What the bucket holds under `firmware/`, against what the store knows.
pub fn cmd_list_remote(ctx: &Ctx) -> CliResult<()> {
    let client = storage::s3_client(&ctx.settings)?;
    let rt = storage::runtime()?;
    let objects = rt.block_on(client.list_objects("firmware/"))?;
    let conn = ctx.open_store()?;
    let known = artifacts::list(&conn)?;
    let mut rows: Vec<RemoteRow> = Vec::new();
    for o in objects.iter().filter(|o| !o.key.ends_with(".minisig")) {
        let art = known
            .iter()
            .find(|a| a.object_key.as_deref() == Some(o.key.as_str()));
        rows.push(RemoteRow {
            key: o.key.clone(),
            size: Some(o.size),
            artifact: art.map(|a| format!("{}@{}", a.name, a.version)),
            in_bucket: true,
            in_store: art.is_some(),
        });
    }
    for a in &known {
        if let Some(k) = &a.object_key
            && !objects.iter().any(|o| &o.key == k)
        {
            rows.push(RemoteRow {
                key: k.clone(),
                size: None,
                artifact: Some(format!("{}@{}", a.name, a.version)),
                in_bucket: false,
                in_store: true,
            });
        }
    }
    ctx.printer.data(&rows, |w| {
        let t: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                vec![
                    r.artifact
                        .clone()
                        .unwrap_or_else(|| "(unknown to the store)".into()),
                    r.key.clone(),
                    r.size.map(|s| s.to_string()).unwrap_or_else(|| "-".into()),
                    match (r.in_bucket, r.in_store) {
                        (true, true) => "ok",
                        (true, false) => "only in bucket",
                        _ => "MISSING from bucket",
                    }
                    .into(),
                ]
            })
            .collect();
        table(w, &["ARTIFACT", "KEY", "SIZE", "STATE"], &t)
    })
}
