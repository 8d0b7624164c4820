//! `--dump-bytecode`: a listing of every code object, and after the run the feedback
//! its sites recorded (specialised instructions, operand types, branch counts, loop
//! iterations, call targets).

use crate::bytecode::Op;
use crate::interp::eval::fb;
use crate::object::code::{code_obj, CodeObj};
use crate::vm::Vm;
use std::fmt::Write;

fn kinds(bits: u16) -> String {
    let mut v = Vec::new();
    if bits & fb::INT != 0 {
        v.push("int");
    }
    if bits & fb::FLOAT != 0 {
        v.push("float");
    }
    if bits & fb::STR != 0 {
        v.push("str");
    }
    if bits & fb::OTHER != 0 {
        v.push("other");
    }
    v.join("|")
}

fn listing(vm: &Vm, c: &CodeObj, with_feedback: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "code {} ({}:{}) args={} locals={} cells={} frees={} stack={}",
        c.qualname_str(),
        c.filename_str(),
        c.firstlineno,
        c.argcount,
        c.nlocals,
        c.ncells,
        c.nfrees,
        c.stacksize
    );
    let mut last_line = 0;
    for (pc, cell) in c.instrs.iter().enumerate() {
        let i = cell.get();
        let line = c.line_at(pc);
        let lcol = if line != last_line {
            format!("{line:>5}")
        } else {
            "     ".to_string()
        };
        last_line = line;
        let mut text = format!("{lcol} {pc:>5} {:<22} {}", i.op.name(), i.arg);
        match i.op.generic() {
            Op::LoadGlobal
            | Op::StoreGlobal
            | Op::LoadAttr
            | Op::StoreAttr
            | Op::LoadMethod
            | Op::LoadName
            | Op::StoreName => {
                if let Some(&n) = c.names.get(i.arg as usize) {
                    // SAFETY: names are strs.
                    let _ = write!(text, " ({})", unsafe { crate::object::str::as_str(n) });
                }
            }
            Op::LoadFast | Op::StoreFast | Op::LoadDeref | Op::StoreDeref | Op::LoadFastChecked => {
                let _ = write!(text, " ({})", c.varname(i.arg as usize));
            }
            Op::BinaryOp => {
                let _ = write!(
                    text,
                    " ({})",
                    crate::bytecode::BinOp::from_u8(i.sub).symbol()
                );
            }
            Op::CompareOp => {
                let _ = write!(
                    text,
                    " ({})",
                    crate::bytecode::CmpOp::from_u8(i.sub).symbol()
                );
            }
            _ => {}
        }
        if with_feedback {
            let f = c.caches[pc].get();
            match i.op.generic() {
                Op::BinaryOp | Op::CompareOp if f.feedback != 0 => {
                    let _ = write!(
                        text,
                        "    ; seen {} x {}",
                        kinds(f.feedback >> 4),
                        kinds(f.feedback & 0xf)
                    );
                }
                Op::JumpBackward if f.index != 0 => {
                    let _ = write!(text, "    ; iterations {}", f.index);
                }
                Op::Call if f.index != 0 => {
                    let _ = write!(text, "    ; python calls {}", f.index);
                }
                Op::LoadAttr | Op::StoreAttr | Op::LoadMethod if !f.key.is_empty() => {
                    let _ = write!(text, "    ; cached");
                }
                _ => {}
            }
        }
        out.push_str(&text);
        out.push('\n');
    }
    if !c.exc_table.is_empty() {
        out.push_str("  exception table:\n");
        for e in c.exc_table.iter() {
            let _ = writeln!(
                out,
                "    {}..{} -> {} depth {}",
                e.start, e.end, e.handler, e.depth
            );
        }
    }
    let _ = vm;
    out
}

/// Listing of every code object loaded so far.
pub fn dump_all(vm: &Vm) -> String {
    let mut out = String::new();
    for &c in &vm.all_code {
        // SAFETY: all_code holds code objects.
        out.push_str(&listing(vm, unsafe { code_obj(c) }, false));
        out.push('\n');
    }
    out
}

/// Listing with the feedback recorded during the run.
pub fn dump_feedback(vm: &Vm) -> String {
    let mut out = String::from("==== feedback after the run ====\n");
    for &c in &vm.all_code {
        out.push_str(&listing(vm, unsafe { code_obj(c) }, true));
        out.push('\n');
    }
    out
}
