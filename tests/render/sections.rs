//! Drawing a chain cut into many sections gives the same text as it did
//! before each section came to look only at what stands in it: a 300-step
//! generated chain at three widths, against the text kept in `tests/data`.

use crate::support::{Keten, root};

#[test]
fn a_long_chain_draws_the_same_at_every_width() {
    for width in ["60", "120", "1000"] {
        let ran = Keten::new([
            "render",
            "--direction",
            "right",
            "--width",
            width,
            "--color",
            "never",
            "tests/data/chain-300.yaml",
        ])
        .dir(&root())
        .run()
        .code(0);
        let kept =
            std::fs::read_to_string(root().join(format!("tests/data/chain-300.w{width}.txt")))
                .unwrap();
        assert!(ran.stdout == kept, "width {width}: the drawing changed");
    }
}
