//! Firmware version order: dotted numbers compare as numbers (`1.10.0` > `1.9.3`), a
//! pre-release sorts before its release (`1.4.0-rc1` < `1.4.0`), build metadata after
//! `+` is ignored, and anything else falls back to text order per segment.

use std::cmp::Ordering;

fn cmp_segment(a: &str, b: &str) -> Ordering {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(x), Ok(y)) => x.cmp(&y),
        (Ok(_), Err(_)) => Ordering::Less,
        (Err(_), Ok(_)) => Ordering::Greater,
        (Err(_), Err(_)) => a.cmp(b),
    }
}

fn cmp_dotted(a: &str, b: &str, pad_with_zero: bool) -> Ordering {
    let mut xa = a.split('.');
    let mut xb = b.split('.');
    loop {
        match (xa.next(), xb.next()) {
            (None, None) => return Ordering::Equal,
            (Some(x), None) => {
                if pad_with_zero && x.parse::<u64>() == Ok(0) {
                    continue;
                }
                return Ordering::Greater;
            }
            (None, Some(y)) => {
                if pad_with_zero && y.parse::<u64>() == Ok(0) {
                    continue;
                }
                return Ordering::Less;
            }
            (Some(x), Some(y)) => match cmp_segment(x, y) {
                Ordering::Equal => continue,
                o => return o,
            },
        }
    }
}

/// Compares two firmware versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    let strip = |v: &str| {
        let v = v.trim().trim_start_matches(['v', 'V']);
        let v = v.split('+').next().unwrap_or(v);
        match v.split_once('-') {
            Some((main, pre)) => (main.to_string(), Some(pre.to_string())),
            None => (v.to_string(), None),
        }
    };
    let (ma, pa) = strip(a);
    let (mb, pb) = strip(b);
    match cmp_dotted(&ma, &mb, true) {
        Ordering::Equal => {}
        o => return o,
    }
    match (pa, pb) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(x), Some(y)) => cmp_dotted(&x, &y, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numeric_and_prerelease_order() {
        assert_eq!(compare("1.10.0", "1.9.3"), Ordering::Greater);
        assert_eq!(compare("1.4", "1.4.0"), Ordering::Equal);
        assert_eq!(compare("v2.0.0", "2.0.0+build5"), Ordering::Equal);
        assert_eq!(compare("1.4.0-rc1", "1.4.0"), Ordering::Less);
        assert_eq!(compare("1.4.0-rc.2", "1.4.0-rc.10"), Ordering::Less);
        assert_eq!(compare("1.4.0-beta", "1.4.0-alpha"), Ordering::Greater);
    }

    proptest! {
        #[test]
        fn order_is_antisymmetric(a in "[0-9a-z.+-]{0,12}", b in "[0-9a-z.+-]{0,12}") {
            prop_assert_eq!(compare(&a, &b), compare(&b, &a).reverse());
        }
    }
}
