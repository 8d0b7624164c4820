//! Assembly: resolve labels, build the exception table, compute the maximum stack
//! depth by walking every path (handlers included), and check that every path agrees
//! on the depth at each instruction.

use super::codegen::Unit;
use super::unit::CodeUnit;
use super::CompileError;
use crate::bytecode::{is_jump, ExcTableEntry, Instr, Op};

pub(super) fn assemble(u: Unit) -> Result<CodeUnit, CompileError> {
    let mut code = u.code;
    for (at, l) in &u.jumps {
        let pos = u.labels[l.0 as usize];
        debug_assert!(pos != u32::MAX, "unbound label");
        code.instrs[*at].arg = pos;
    }
    let mut prot: Vec<_> = u.protected.iter().filter(|p| p.start < p.end).collect();
    // Innermost handlers first, so that lookup can take the first match.
    prot.sort_by(|a, b| b.level.cmp(&a.level).then(a.start.cmp(&b.start)));
    code.exc_table = prot
        .iter()
        .map(|p| ExcTableEntry {
            start: p.start,
            end: p.end,
            handler: u.labels[p.handler.0 as usize],
            depth: p.depth,
        })
        .collect();
    code.stacksize = stack_depth(&code.instrs, &code.exc_table);
    Ok(code)
}

/// Net stack effect of an instruction; `jump` selects the taken branch of a jump.
pub fn stack_effect(i: Instr, jump: bool) -> i32 {
    let arg = i.arg as i32;
    match i.op.generic() {
        Op::Nop
        | Op::Swap
        | Op::DeleteFast
        | Op::DeleteDeref
        | Op::DeleteGlobal
        | Op::DeleteName => 0,
        Op::PopTop => -1,
        Op::Copy
        | Op::LoadConst
        | Op::LoadFast
        | Op::LoadFastChecked
        | Op::LoadDeref
        | Op::LoadClosure => 1,
        Op::LoadClassDeref
        | Op::LoadGlobal
        | Op::LoadName
        | Op::PushNull
        | Op::LoadAssertionError => 1,
        Op::LoadBuildClass | Op::LoadLocals => 1,
        Op::StoreFast | Op::StoreDeref | Op::StoreGlobal | Op::StoreName => -1,
        Op::LoadAttr => 0,
        Op::StoreAttr => -2,
        Op::DeleteAttr => -1,
        Op::LoadMethod => 1,
        Op::Call => -arg - 1,
        Op::CallKw => -arg - 2,
        Op::CallEx => -2 - (arg & 1),
        Op::MakeFunction => {
            -((arg & 1 != 0) as i32
                + (arg & 2 != 0) as i32
                + (arg & 4 != 0) as i32
                + (arg & 8 != 0) as i32)
        }
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString | Op::BuildSlice => 1 - arg,
        Op::BuildMap => 1 - 2 * arg,
        Op::ListAppend
        | Op::SetAdd
        | Op::ListExtend
        | Op::SetUpdate
        | Op::DictUpdate
        | Op::DictMerge => -1,
        Op::MapAdd => -2,
        Op::ListToTuple => 0,
        Op::UnpackSequence => arg - 1,
        Op::UnpackEx => (arg & 0xff) + (arg >> 8),
        Op::FormatValue => -((arg & 4 != 0) as i32),
        Op::BinaryOp | Op::BinarySubscr | Op::CompareOp | Op::IsOp | Op::ContainsOp => -1,
        Op::BinarySlice => -2,
        Op::StoreSubscr => -3,
        Op::StoreSlice => -4,
        Op::DeleteSubscr => -2,
        Op::UnaryNeg | Op::UnaryPos | Op::UnaryNot | Op::UnaryInvert => 0,
        Op::Jump | Op::JumpBackward => 0,
        Op::PopJumpIfFalse | Op::PopJumpIfTrue => -1,
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
            if jump {
                0
            } else {
                -1
            }
        }
        Op::GetIter | Op::GetYieldFromIter | Op::YieldValue => 0,
        Op::GetAwaitable | Op::GetAIter => 0,
        Op::GetANext | Op::BeforeAsyncWith => 1,
        Op::EndAsyncFor => -2,
        Op::ForIter => {
            if jump {
                -1
            } else {
                1
            }
        }
        Op::ReturnValue => -1,
        Op::Raise => -arg,
        Op::Reraise => -1,
        Op::PushExcInfo => 1,
        Op::PopExcept => -1,
        Op::CheckExcMatch => 0,
        Op::BeforeWith => 1,
        Op::WithExceptStart => 1,
        Op::Send => {
            if jump {
                -1
            } else {
                0
            }
        }
        Op::ImportName => -1,
        Op::ImportFrom => 1,
        Op::ImportStar => -1,
        Op::SetupAnnotations => 1,
        other => panic!("stack_effect: specialised op {other:?} in compiler output"),
    }
}

fn is_terminator(op: Op) -> bool {
    matches!(
        op.generic(),
        Op::ReturnValue | Op::Raise | Op::Reraise | Op::Jump | Op::JumpBackward
    )
}

/// Maximum stack depth over every reachable path.
fn stack_depth(instrs: &[Instr], table: &[ExcTableEntry]) -> u32 {
    let n = instrs.len();
    let mut depth_at: Vec<i32> = vec![-1; n + 1];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    for e in table {
        work.push((e.handler as usize, e.depth as i32 + 1));
    }
    let mut max = 0i32;
    while let Some((pc, d)) = work.pop() {
        if pc >= n || depth_at[pc] >= d {
            continue;
        }
        depth_at[pc] = d;
        max = max.max(d);
        let i = instrs[pc];
        if is_jump(i.op) {
            let dj = d + stack_effect(i, true);
            max = max.max(dj);
            work.push((i.arg as usize, dj));
        }
        if !is_terminator(i.op) {
            let df = d + stack_effect(i, false);
            max = max.max(df);
            work.push((pc + 1, df));
        }
    }
    max.max(0) as u32 + 1
}
