//! The writer's retries: a busy store is waited for, a disk in trouble is given up on
//! after a while, and an op that fails by itself is rejected alone.

use super::*;
use crate::dead::NewDeadLetter;

fn dead(reason: &str) -> WriteOp {
    WriteOp::DeadLetter(NewDeadLetter {
        source: "test",
        topic: None,
        payload: None,
        reason: reason.into(),
        detail: None,
        now_ms: 1,
    })
}

fn count(conn: &Connection, reason: &str) -> i64 {
    conn.query_row(
        "SELECT count(*) FROM dead_letters WHERE reason = ?1",
        [reason],
        |r| r.get(0),
    )
    .expect("count")
}

fn quick() -> WriterOptions {
    WriterOptions {
        retry_backoff: Duration::from_millis(10),
        give_up_after: Duration::from_millis(300),
        ..Default::default()
    }
}

#[test]
fn a_batch_blocked_by_another_connections_lock_commits_once_it_is_released() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("s.db");
    let conn = crate::db::open(&path)?;
    conn.busy_timeout(Duration::from_millis(20))?;
    let w = Writer::spawn_with(conn, quick())?;
    let other = crate::db::open(&path)?;
    other.execute_batch("BEGIN IMMEDIATE")?;
    let (tx, rx) = mpsc::channel();
    w.submit(
        dead("held"),
        Some(Box::new(move |r| {
            let _ = tx.send(r);
        })),
    )?;
    // Held well past the busy timeout and the give-up time of a disk error: a busy
    // store is waited for, however long.
    std::thread::sleep(Duration::from_millis(600));
    assert!(rx.try_recv().is_err(), "answered while the lock was held");
    assert!(matches!(w.health(), HealthState::Retrying { .. }));
    other.execute_batch("COMMIT")?;
    let r = rx.recv_timeout(Duration::from_secs(10)).expect("answer");
    assert_eq!(r, Ok(OpResult::Done));
    assert_eq!(w.health(), HealthState::Ok);
    assert_eq!(count(&other, "held"), 1);
    Ok(())
}

#[test]
fn an_op_that_fails_by_itself_is_rejected_alone_and_the_rest_commits() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("s.db");
    let w = Writer::spawn(&path, quick())?;
    let (tx, rx) = mpsc::channel();
    for i in 0..5 {
        let op = if i == 2 {
            WriteOp::Custom(Box::new(|c| {
                c.execute_batch("INSERT INTO no_such_table VALUES (1)")?;
                Ok(OpResult::Done)
            }))
        } else {
            dead("good")
        };
        let tx = tx.clone();
        w.submit(
            op,
            Some(Box::new(move |r| {
                let _ = tx.send((i, r));
            })),
        )?;
    }
    let mut got: Vec<_> = (0..5)
        .map(|_| rx.recv_timeout(Duration::from_secs(10)).expect("answer"))
        .collect();
    got.sort_by_key(|(i, _)| *i);
    for (i, r) in got {
        if i == 2 {
            assert!(matches!(r, Err(OpError::Rejected(_))), "{r:?}");
        } else {
            assert_eq!(r, Ok(OpResult::Done));
        }
    }
    assert_eq!(count(&crate::db::open(&path)?, "good"), 4);
    Ok(())
}

#[test]
fn a_store_that_stays_unavailable_fails_the_batch_and_everything_after() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let w = Writer::spawn(&dir.path().join("s.db"), quick())?;
    let failing = WriteOp::Custom(Box::new(|_| {
        Err(StoreError::Io(std::io::Error::other("disk on fire")))
    }));
    let err = w.apply_blocking(failing).expect_err("it cannot commit");
    assert!(err.is_storage_unavailable(), "{err}");
    assert!(matches!(w.health(), HealthState::Failed { .. }));
    let err = w
        .apply_blocking(dead("later"))
        .expect_err("nothing more is written");
    assert!(matches!(err, StoreError::Unavailable(_)), "{err}");
    Ok(())
}
