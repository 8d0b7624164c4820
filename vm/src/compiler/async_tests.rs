//! Compile-time behaviour of coroutines: what is accepted, and the SyntaxError /
//! "not supported" errors (kind, message, line and column) for what is not.

use super::{compile_module, CompileErrorKind};
use crate::object::code::flags;

fn error(src: &str) -> (CompileErrorKind, String, u32, u32) {
    let e = compile_module(src, "t.py").expect_err("should not compile");
    (e.kind, e.message, e.line, e.col)
}

fn syntax(src: &str, msg: &str, line: u32, col: u32) {
    assert_eq!(
        error(src),
        (CompileErrorKind::Syntax, msg.to_string(), line, col),
        "{src}"
    );
}

fn unsupported(src: &str, feature: &str, line: u32, col: u32) {
    let (kind, message, l, c) = error(src);
    assert_eq!(kind, CompileErrorKind::Unsupported, "{src}");
    assert!(message.contains(feature), "{src}: {message}");
    assert!(message.ends_with("is not supported by Tern"), "{message}");
    assert_eq!((l, c), (line, col), "{src}");
}

#[test]
fn async_def_is_a_coroutine_code_object() {
    let unit = compile_module(
        "async def f(x):\n    y = await x\n    async for a in y:\n        pass\n    async with y as z:\n        return [b async for b in z]\n",
        "t.py",
    )
    .expect("compiles");
    let f = unit
        .consts
        .iter()
        .find_map(|c| match c {
            super::Const::Code(c) if c.name == "f" => Some(c),
            _ => None,
        })
        .expect("code of f");
    assert_ne!(f.flags & flags::COROUTINE, 0);
    assert_ne!(f.flags & flags::GENERATOR, 0);
}

#[test]
fn await_outside_async_function() {
    syntax("await x\n", "'await' outside function", 1, 1);
    syntax(
        "def f():\n    await x\n",
        "'await' outside async function",
        2,
        5,
    );
    syntax("class C:\n    await x\n", "'await' outside function", 2, 5);
    syntax(
        "async def f():\n    def g():\n        await x\n",
        "'await' outside async function",
        3,
        9,
    );
    syntax(
        "async def f():\n    lambda: await x\n",
        "'await' outside async function",
        2,
        13,
    );
}

#[test]
fn async_statements_outside_async_function() {
    syntax(
        "async for x in y: pass\n",
        "'async for' outside async function",
        1,
        1,
    );
    syntax(
        "def f():\n    async with y: pass\n",
        "'async with' outside async function",
        2,
        5,
    );
    syntax(
        "def f():\n    return [x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        2,
        12,
    );
    syntax(
        "def f():\n    return [await x for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        2,
        12,
    );
    syntax(
        "async def f():\n    yield from x\n",
        "'yield from' inside async function",
        2,
        5,
    );
}

#[test]
fn async_generators_are_not_supported() {
    unsupported(
        "async def f():\n    yield 1\n",
        "asynchronous generator",
        2,
        5,
    );
    unsupported(
        "async def f():\n    return (await x for x in y)\n",
        "asynchronous generator expression",
        2,
        12,
    );
    unsupported(
        "def f():\n    return (x async for x in y)\n",
        "asynchronous generator expression",
        2,
        12,
    );
}
