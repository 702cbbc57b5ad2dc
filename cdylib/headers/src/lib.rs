//! Generates `<crate>/<crate>.h` for every crate in the workspace that has a `cbindgen.toml`.
//!
//! cbindgen writes the declarations; this crate then wraps each function and type in
//! `// ANCHOR: name` / `// ANCHOR_END: name` comments so that a book page can show one
//! declaration with `{{#include ../cdylib/clibrary/clibrary.h:add_numbers}}`.

use std::fs;
use std::path::{Path, PathBuf};

/// The workspace root (`cdylib/`).
pub fn workspace_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("headers/ lives inside the workspace")
        .to_path_buf()
}

/// Every crate directory that asks for a header, sorted by name.
pub fn library_crates() -> Vec<PathBuf> {
    let mut crates: Vec<PathBuf> = fs::read_dir(workspace_dir())
        .expect("read the workspace directory")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|dir| dir.join("cbindgen.toml").is_file())
        .collect();
    crates.sort();
    crates
}

/// Where the committed header of `crate_dir` lives.
pub fn header_path(crate_dir: &Path) -> PathBuf {
    let name = crate_dir.file_name().expect("crate dir has a name");
    crate_dir.join(format!("{}.h", name.to_string_lossy()))
}

/// The header text cbindgen produces for `crate_dir`, with ANCHOR comments added.
pub fn render(crate_dir: &Path) -> String {
    let config = cbindgen::Config::from_file(crate_dir.join("cbindgen.toml"))
        .unwrap_or_else(|e| panic!("{}: {e}", crate_dir.display()));
    let mut out = Vec::new();
    cbindgen::Builder::new()
        .with_crate(crate_dir)
        .with_config(config)
        .generate()
        .unwrap_or_else(|e| panic!("cbindgen failed for {}: {e}", crate_dir.display()))
        .write(&mut out);
    add_anchors(&String::from_utf8(out).expect("cbindgen writes UTF-8"))
}

/// Wraps each declaration block (its doc comment plus the declaration, as cbindgen
/// separates them by blank lines) in ANCHOR comments named after the declared item.
pub fn add_anchors(header: &str) -> String {
    let mut out = String::new();
    for block in header.split("\n\n") {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        match item_name(block) {
            Some(name) => {
                out.push_str(&format!(
                    "// ANCHOR: {name}\n{block}\n// ANCHOR_END: {name}"
                ));
            }
            None => out.push_str(block),
        }
    }
    out
}

/// The name a declaration block declares: a function, struct, enum or typedef.
fn item_name(block: &str) -> Option<String> {
    let code: Vec<&str> = block
        .lines()
        .filter(|l| !l.trim_start().starts_with("//") && !l.trim().is_empty())
        .collect();
    let first = code.first()?.trim();
    if first.starts_with('#') || first.starts_with("/*") {
        return None;
    }
    let ident = |s: &str| -> Option<String> {
        let s = s.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '_'));
        let start = s
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        (start < s.len()).then(|| s[start..].to_string())
    };
    // Preprocessor lines inside a declaration (cbindgen writes `#if __STDC_VERSION__ >=
    // 202311L` around the underlying type of a `#[repr(u8)]` enum) are not part of its name.
    let joined = code
        .iter()
        .filter(|l| !l.trim_start().starts_with('#'))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if joined.contains('{') {
        // `typedef struct Point { ... } Point;` or `struct Point { ... };`
        return ident(joined.trim_end_matches(';'));
    }
    if joined.starts_with("typedef") {
        // `typedef int (*Compare)(const void*, const void*);` or `typedef struct Handle Handle;`
        if let Some(star) = joined.find("(*") {
            let rest = &joined[star + 2..];
            return ident(&rest[..rest.find(')')?]);
        }
        return ident(joined.trim_end_matches(';'));
    }
    if let Some(paren) = joined.find('(') {
        // A function, whatever it returns: `struct Point mid(struct Point a, struct Point b);`
        return ident(&joined[..paren]);
    }
    // A global or a forward declaration: `extern const int32_t LIMIT;`, `struct Handle;`
    ident(joined.trim_end_matches(';'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_functions_structs_and_typedefs() {
        assert_eq!(
            item_name("int add(int a,\n        int b);").as_deref(),
            Some("add")
        );
        assert_eq!(
            item_name("// doc\nint32_t *get_array(int size);").as_deref(),
            Some("get_array")
        );
        assert_eq!(
            item_name("typedef struct Point {\n  double x;\n} Point;").as_deref(),
            Some("Point")
        );
        assert_eq!(
            item_name("typedef struct Counter Counter;").as_deref(),
            Some("Counter")
        );
        assert_eq!(
            item_name(
                "struct Point midpoint(struct Point a,\n                      struct Point b);"
            )
            .as_deref(),
            Some("midpoint")
        );
        assert_eq!(
            item_name("typedef int (*Compare)(const void *a, const void *b);").as_deref(),
            Some("Compare")
        );
        assert_eq!(item_name("#include <stdint.h>"), None);
        assert_eq!(
            item_name(
                "// doc\nenum Level\n#if __STDC_VERSION__ >= 202311L\n  : uint8_t\n\
                 #endif // __STDC_VERSION__ >= 202311L\n {\n  Level_Debug = 10,\n};\n\
                 #if __STDC_VERSION__ >= 202311L\ntypedef enum Level Level;\n#else\n\
                 typedef uint8_t Level;\n#endif // __STDC_VERSION__ >= 202311L"
            )
            .as_deref(),
            Some("Level")
        );
    }
}
