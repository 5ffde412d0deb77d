namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/task/[tid]/children</c>: the pids of the thread's children, blank-separated with a trailing blank;
/// empty when there are none (proc(5); <c>children_seq_show</c> in <c>fs/proc/array.c</c>,
/// <c>CONFIG_PROC_CHILDREN</c>). Children of other threads of the process are not listed here.
/// </summary>
[ProcFile("{pid}/task/{tid}/children", Accessor = "ThreadChildren"), SingleValue]
public sealed partial record ThreadChildren
{
    /// <summary>The child pids, in the kernel's order.</summary>
    public required int[] Pids { get; init; }
}
