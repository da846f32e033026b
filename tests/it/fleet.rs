//! `fleet import | list | show | remove` against a real store.

use crate::common::{Env, arg, fleet_csv};
use serde_json::Value;

#[test]
fn import_100k_rows_and_round_trip_through_list_json() {
    let env = Env::new();
    let csv = env.write("fleet.csv", fleet_csv(100_000));
    let (code, out, err) = env
        .run(["fleet", "import", arg(&csv), "-o", "json"])
        .parts();
    assert_eq!(code, 0, "{err}");
    let report: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(report["inserted"], 100_000);
    let (code, out, _) = env.run(["fleet", "list", "-o", "json"]).parts();
    assert_eq!(code, 0);
    let list: Vec<Value> = serde_json::from_str(&out).expect("json list");
    assert_eq!(list.len(), 100_000);
    assert_eq!(list[4]["id"], "TRUCK-000004");
    assert_eq!(list[4]["hw"], "esp32");
    assert_eq!(list[4]["tags"], serde_json::json!(["quarry-4", "fleet-a"]));
    assert_eq!(list[4]["firmware_version"], "1.4.0");
    assert_eq!(list[4]["counter"], 41);

    // Round trip: the JSON list imports into a fresh store and lists the same.
    let env2 = Env::new();
    let again = env2.write("fleet.json", &out);
    let (code, _, err) = env2.run(["fleet", "import", arg(&again)]).parts();
    // The list carries store-only fields (presence, timestamps): import refuses them.
    assert_eq!(
        code, 3,
        "list JSON has extra fields; import must name them: {err}"
    );
    assert!(err.contains("unknown field"), "{err}");
    let stripped: Vec<Value> = list
        .iter()
        .map(|d| {
            serde_json::json!({"id": d["id"], "hw": d["hw"], "tags": d["tags"],
                "firmware_version": d["firmware_version"], "counter": d["counter"]})
        })
        .collect();
    let again = env2.write("fleet2.json", serde_json::to_vec(&stripped).expect("ser"));
    let (code, _, err) = env2.run(["fleet", "import", arg(&again)]).parts();
    assert_eq!(code, 0, "{err}");
    let (_, out2, _) = env2.run(["fleet", "list", "-o", "json"]).parts();
    let list2: Vec<Value> = serde_json::from_str(&out2).expect("json");
    let key = |v: &Vec<Value>| -> Vec<(Value, Value, Value, Value, Value)> {
        v.iter()
            .map(|d| {
                (
                    d["id"].clone(),
                    d["hw"].clone(),
                    d["tags"].clone(),
                    d["firmware_version"].clone(),
                    d["counter"].clone(),
                )
            })
            .collect()
    };
    assert_eq!(key(&list), key(&list2));
}

#[test]
fn malformed_file_names_its_line_and_changes_nothing() {
    let env = Env::new();
    let good = env.write("good.csv", "id,hw\nA1,esp32\nA2,esp32\n");
    assert_eq!(env.run(["fleet", "import", arg(&good)]).code, 0);
    let before = env.run(["fleet", "list", "-o", "json"]).parts().1;

    let mut bad = String::from("id,hw,counter\n");
    for i in 0..500 {
        bad.push_str(&format!("B{i},stm32f4,{i}\n"));
    }
    bad.push_str("B500,stm32f4,lots\n");
    let bad = env.write("bad.csv", bad);
    let (code, out, err) = env.run(["fleet", "import", arg(&bad)]).parts();
    assert_eq!(code, 3, "input errors exit 3");
    assert!(out.is_empty());
    assert!(err.contains("line 502"), "{err}");
    assert!(err.contains("counter 'lots'"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    let after = env.run(["fleet", "list", "-o", "json"]).parts().1;
    assert_eq!(
        before, after,
        "a failed import must leave the store unchanged"
    );

    // A binary file is refused too.
    let junk = env.write("junk.csv", [0u8, 159, 146, 150, b'\n', 1, 2]);
    let (code, _, err) = env.run(["fleet", "import", arg(&junk)]).parts();
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{err}"
    );
}

#[test]
fn select_show_and_remove() {
    let env = Env::new();
    let f = env.write(
        "f.csv",
        "id,hw,tags,firmware_version\nT1,stm32f4,quarry-7,1.3.9\nT2,stm32f4,quarry-7,1.4.0\nT3,esp32,quarry-7,1.0\n",
    );
    assert_eq!(env.run(["fleet", "import", arg(&f)]).code, 0);
    let (code, out, _) = env
        .run([
            "fleet",
            "list",
            "-o",
            "json",
            "--select",
            "hw=stm32f4,tag=quarry-7,version<1.4.0",
        ])
        .parts();
    assert_eq!(code, 0);
    let v: Vec<Value> = serde_json::from_str(&out).expect("json");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["id"], "T1");

    let (code, out, _) = env.run(["fleet", "show", "T3", "-o", "json"]).parts();
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["device"]["hw"], "esp32");
    assert!(v["jobs"].as_array().is_some_and(|j| j.is_empty()));

    let (code, _, err) = env.run(["fleet", "show", "NOPE"]).parts();
    assert_eq!(code, 3);
    assert!(err.contains("not in the inventory"));

    // Without a terminal, removal needs --yes; with it, the devices go.
    let (code, _, err) = env
        .run(["fleet", "remove", "--select", "hw=stm32f4"])
        .parts();
    assert_eq!(code, 3);
    assert!(err.contains("--yes"), "{err}");
    let (code, _, _) = env
        .run(["fleet", "remove", "--select", "hw=stm32f4", "--yes"])
        .parts();
    assert_eq!(code, 0);
    let (_, out, _) = env.run(["fleet", "list", "-o", "json"]).parts();
    let v: Vec<Value> = serde_json::from_str(&out).expect("json");
    assert_eq!(v.len(), 1);

    // Every mutating command is in the audit log, failures included.
    let (_, out, _) = env.run(["audit", "-o", "json"]).parts();
    let v: Vec<Value> = serde_json::from_str(&out).expect("json");
    let cmds: Vec<(&str, &str)> = v
        .iter()
        .map(|e| {
            (
                e["command"].as_str().unwrap_or(""),
                e["outcome"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        cmds,
        vec![
            ("fleet import", "ok"),
            ("fleet remove", "error: input"),
            ("fleet remove", "ok")
        ]
    );
    assert_eq!(v[0]["actor"], "tester@ci");
}
