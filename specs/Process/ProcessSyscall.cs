using System;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/syscall</c>: the system call the task is blocked in (proc(5); <c>proc_pid_syscall</c> in
/// <c>fs/proc/base.c</c>). Needs ptrace access to the task.
/// </summary>
/// <remarks>
/// Three shapes: <c>running</c> (the task is on a CPU), <c>-1 sp pc</c> (blocked, but not in a system call), or
/// the call's number, its six arguments, the stack pointer and the program counter, all but the number in hex.
/// </remarks>
[ProcFile("{pid}/syscall", Accessor = "Syscall"), Columnar]
public sealed partial record ProcessSyscall
{
    /// <summary>The system call number; -1 when blocked outside a call; <c>null</c> when running.</summary>
    [Column(0), NullIf("running")] public long? Number { get; init; }

    /// <summary>Everything after the number, as printed: six arguments then sp and pc, or just sp and pc.</summary>
    [Rest, Hex] public required ulong[] Values { get; init; }

    /// <summary>Whether the task was on a CPU, so no call could be shown.</summary>
    public bool IsRunning => Number is null;

    /// <summary>The six arguments of the call, or empty when not in one.</summary>
    public ReadOnlySpan<ulong> Arguments => Values.Length == 8 ? Values.AsSpan(0, 6) : default;

    /// <summary>The user stack pointer, or <c>null</c> when running.</summary>
    public ulong? StackPointer => Values.Length >= 2 ? Values[^2] : null;

    /// <summary>The user program counter, or <c>null</c> when running.</summary>
    public ulong? ProgramCounter => Values.Length >= 2 ? Values[^1] : null;
}
