//! A committed header that no longer matches its Rust source fails this test.

#[test]
fn every_committed_header_matches_its_rust_source() {
    let crates = headers::library_crates();
    assert!(!crates.is_empty(), "no crate has a cbindgen.toml");
    let mut stale = Vec::new();
    for crate_dir in crates {
        let path = headers::header_path(&crate_dir);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != headers::render(&crate_dir) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale C headers (run `just headers` and commit the result): {stale:?}"
    );
}
