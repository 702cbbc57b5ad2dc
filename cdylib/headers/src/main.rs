//! `cargo run -p headers` rewrites every library crate's C header (`just headers`).

fn main() {
    for crate_dir in headers::library_crates() {
        let path = headers::header_path(&crate_dir);
        let text = headers::render(&crate_dir);
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        if old != text {
            std::fs::write(&path, text).expect("write the header");
            println!("wrote {}", path.display());
        } else {
            println!("unchanged {}", path.display());
        }
    }
}
