//! The signed command envelope of PROTOCOL.md (`{"v":1,"key_id",..,"cmd",..,"sig",..}`):
//! pure Ed25519 over the exact UTF-8 bytes of the compact-JSON `cmd` string, so a
//! device can authenticate a command before it parses it.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};

use super::error::SigningError;
use super::minisign::{KeyId, PublicKey, SecretKey};

/// The envelope version we write and accept.
pub const ENVELOPE_VERSION: u64 = 1;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    v: u64,
    key_id: &'a str,
    cmd: &'a str,
    sig: &'a str,
}

/// Every field optional so that each problem gets its own error, in order.
#[derive(Deserialize)]
struct EnvelopeIn {
    v: Option<serde_json::Value>,
    key_id: Option<String>,
    cmd: Option<String>,
    sig: Option<String>,
}

/// Signs `cmd_json` (already compact JSON; signed byte for byte as given) and returns
/// the envelope payload.
pub fn sign_envelope(sk: &SecretKey, cmd_json: &str) -> String {
    let sig = B64.encode(sk.sign_raw(cmd_json.as_bytes()));
    let key_id = sk.key_id_hex();
    let out = EnvelopeOut {
        v: ENVELOPE_VERSION,
        key_id: &key_id,
        cmd: cmd_json,
        sig: &sig,
    };
    // Serialising a struct of strings and an integer cannot fail; fall back to a
    // hand-written form anyway rather than panic.
    serde_json::to_string(&out).unwrap_or_else(|_| {
        format!(
            "{{\"v\":1,\"key_id\":\"{key_id}\",\"cmd\":{},\"sig\":\"{sig}\"}}",
            serde_json::Value::String(cmd_json.to_owned())
        )
    })
}

/// Verifies an envelope payload against the trusted keys and returns `cmd` (still
/// unparsed). Checks, in order: UTF-8, JSON object, `v` = 1, key id shape, key id
/// trusted, signature encoding, signature.
pub fn verify_envelope(trusted: &[PublicKey], payload: &[u8]) -> Result<String, SigningError> {
    let text = std::str::from_utf8(payload).map_err(|_| SigningError::EnvelopeNotUtf8)?;
    let env: EnvelopeIn =
        serde_json::from_str(text).map_err(|e| SigningError::EnvelopeNotJson(e.to_string()))?;
    match &env.v {
        Some(v) if v.as_u64() == Some(ENVELOPE_VERSION) => {}
        Some(v) => return Err(SigningError::EnvelopeVersion(v.to_string())),
        None => return Err(SigningError::EnvelopeVersion("missing".into())),
    }
    let key_id_s = env
        .key_id
        .ok_or_else(|| SigningError::EnvelopeMalformed("no key_id".into()))?;
    if key_id_s.len() != 16
        || !key_id_s
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'A'..=b'F'))
    {
        return Err(SigningError::EnvelopeMalformed(
            "key_id is not 16 upper-case hex digits".into(),
        ));
    }
    let key_id = KeyId::from_hex(&key_id_s)
        .map_err(|_| SigningError::EnvelopeMalformed("bad key_id".into()))?;
    let cmd = env
        .cmd
        .ok_or_else(|| SigningError::EnvelopeMalformed("no cmd".into()))?;
    let sig_s = env
        .sig
        .ok_or_else(|| SigningError::EnvelopeMalformed("no sig".into()))?;
    let pk = trusted
        .iter()
        .find(|k| k.key_id() == key_id)
        .ok_or(SigningError::UntrustedKey { key_id })?;
    let sig: [u8; 64] = (sig_s.len() <= 88)
        .then(|| B64.decode(&sig_s).ok())
        .flatten()
        .and_then(|v| v.try_into().ok())
        .ok_or_else(|| SigningError::EnvelopeMalformed("sig is not base64 of 64 bytes".into()))?;
    if !pk.verify_raw(cmd.as_bytes(), &sig) {
        return Err(SigningError::EnvelopeBadSignature);
    }
    Ok(cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CMD: &str = r#"{"type":"update","command_id":"c1","job_id":"j1","rollout_id":"r1","device_id":"VIN123","attempt":1,"issued_at":"2026-11-21T10:00:00Z","expires_at":"2026-11-22T10:00:00Z","artifact":{"name":"engine-ecu","version":"1.4.2","url":"https://x/y?sig=a&b=\"q\"","size":3,"sha256":"00","minisig":"untrusted comment: x\nAAA\n"}}"#;

    #[test]
    fn round_trip_and_shape() {
        let sk = SecretKey::generate();
        let payload = sign_envelope(&sk, CMD);
        let v: serde_json::Value = serde_json::from_str(&payload).unwrap();
        let keys: Vec<_> = v.as_object().unwrap().keys().cloned().collect();
        assert!(payload.starts_with(&format!(
            "{{\"v\":1,\"key_id\":\"{}\",\"cmd\":\"",
            sk.key_id_hex()
        )));
        assert_eq!(keys.len(), 4);
        assert_eq!(v["cmd"].as_str().unwrap(), CMD);
        assert_eq!(B64.decode(v["sig"].as_str().unwrap()).unwrap().len(), 64);
        let other = SecretKey::generate().public_key();
        assert_eq!(
            verify_envelope(&[other, sk.public_key()], payload.as_bytes()).unwrap(),
            CMD
        );
    }

    #[test]
    fn signature_is_pure_ed25519_over_cmd() {
        use ed25519_dalek::Verifier;
        let sk = SecretKey::generate();
        let payload = sign_envelope(&sk, CMD);
        let v: serde_json::Value = serde_json::from_str(&payload).unwrap();
        let sig: [u8; 64] = B64
            .decode(v["sig"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap();
        sk.public_key()
            .verifying_key()
            .verify(CMD.as_bytes(), &ed25519_dalek::Signature::from_bytes(&sig))
            .unwrap();
    }

    #[test]
    fn distinct_errors() {
        let sk = SecretKey::generate();
        let pks = [sk.public_key()];
        let payload = sign_envelope(&sk, CMD);

        let e = verify_envelope(&pks, b"\xff\xfe{}").unwrap_err();
        assert!(matches!(e, SigningError::EnvelopeNotUtf8), "{e}");
        let e = verify_envelope(&pks, b"not json").unwrap_err();
        assert!(matches!(e, SigningError::EnvelopeNotJson(_)), "{e}");
        let e = verify_envelope(&pks, payload.replacen("\"v\":1", "\"v\":2", 1).as_bytes())
            .unwrap_err();
        assert!(matches!(e, SigningError::EnvelopeVersion(_)), "{e}");
        let e = verify_envelope(&pks, payload.replacen("\"v\":1,", "", 1).as_bytes()).unwrap_err();
        assert!(matches!(e, SigningError::EnvelopeVersion(_)), "{e}");

        let stranger = SecretKey::generate();
        let e = verify_envelope(&pks, sign_envelope(&stranger, CMD).as_bytes()).unwrap_err();
        assert!(
            matches!(e, SigningError::UntrustedKey { key_id } if key_id == stranger.key_id()),
            "{e}"
        );
        assert!(e.to_string().contains(&stranger.key_id_hex()));

        // Altered command: signature fails.
        let tampered = payload.replacen("\\\"attempt\\\":1", "\\\"attempt\\\":2", 1);
        assert_ne!(tampered, payload);
        let e = verify_envelope(&pks, tampered.as_bytes()).unwrap_err();
        assert!(matches!(e, SigningError::EnvelopeBadSignature), "{e}");

        // Same key id, different key: signature fails.
        let impostor = SecretKey::from_seed(sk.key_id(), &[7u8; 32]);
        let e = verify_envelope(&pks, sign_envelope(&impostor, CMD).as_bytes()).unwrap_err();
        assert!(matches!(e, SigningError::EnvelopeBadSignature), "{e}");

        let lower = payload.replacen(&sk.key_id_hex(), &sk.key_id_hex().to_lowercase(), 1);
        if lower != payload {
            let e = verify_envelope(&pks, lower.as_bytes()).unwrap_err();
            assert!(matches!(e, SigningError::EnvelopeMalformed(_)), "{e}");
        }
        let v: serde_json::Value = serde_json::from_str(&payload).unwrap();
        let bad_sig = payload.replacen(v["sig"].as_str().unwrap(), "AAAA", 1);
        let e = verify_envelope(&pks, bad_sig.as_bytes()).unwrap_err();
        assert!(matches!(e, SigningError::EnvelopeMalformed(_)), "{e}");
        for e in [
            verify_envelope(&pks, payload.as_bytes()).err(),
            Some(SigningError::EnvelopeBadSignature),
        ]
        .into_iter()
        .flatten()
        {
            assert!(e.is_verification_failure());
        }
    }

    #[test]
    fn sign_many_is_fast_enough() {
        // Not a benchmark: a guard that signing stays in the tens of microseconds.
        let sk = SecretKey::generate();
        let start = std::time::Instant::now();
        for _ in 0..2000 {
            std::hint::black_box(sign_envelope(&sk, CMD));
        }
        assert!(start.elapsed().as_secs_f64() < 5.0);
    }
}
