namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/comm</c>: the command name, at most 15 bytes (<c>TASK_COMM_LEN</c> − 1; proc(5);
/// <c>comm_show</c> in <c>fs/proc/base.c</c>). Unlike in <c>stat</c> and <c>status</c> it is printed raw: it may
/// contain blanks, parentheses, and any byte a process chose with <c>prctl(PR_SET_NAME)</c>.
/// </summary>
[ProcFile("{pid}/comm"), SingleValue]
public sealed partial record ProcessComm
{
    /// <summary>The name, without the final newline.</summary>
    public required string Name { get; init; }
}
