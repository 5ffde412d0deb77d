namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/environ</c>: the initial environment, <c>NAME=value</c> items each terminated by a NUL (proc(5);
/// <c>environ_read</c> in <c>fs/proc/base.c</c>). Reflects the environment at <c>execve</c> time, not later
/// <c>setenv</c> calls; readable only by processes that may ptrace the target; empty for kernel threads.
/// </summary>
[ProcFile("{pid}/environ"), NulSeparated]
public sealed partial record ProcessEnviron
{
    /// <summary>The variables in the order given to <c>execve</c>; a value may itself contain <c>=</c>.</summary>
    public required EnvironmentVariable[] Variables { get; init; }

    /// <summary>The value of the first variable named <paramref name="name"/>, or <c>null</c>.</summary>
    public string? Get(string name)
    {
        foreach (var variable in Variables)
            if (variable.Name == name) return variable.Value;
        return null;
    }
}
