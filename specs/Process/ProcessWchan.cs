namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/wchan</c>: the kernel function the task sleeps in, e.g. <c>do_nanosleep</c>, printed without a
/// newline (proc(5); <c>proc_pid_wchan</c> in <c>fs/proc/base.c</c>). <c>0</c> when the task is running, when the
/// symbol is unknown, or when the reader may not see kernel addresses (<c>CONFIG_KALLSYMS</c>, ptrace access).
/// </summary>
[ProcFile("{pid}/wchan"), SingleValue]
public sealed partial record ProcessWchan
{
    /// <summary>The symbol name, or <c>0</c>.</summary>
    public required string Symbol { get; init; }

    /// <summary>Whether the kernel named a wait channel (the task sleeps, and the name was visible).</summary>
    public bool IsWaiting => Symbol.Length > 0 && Symbol != "0";
}
