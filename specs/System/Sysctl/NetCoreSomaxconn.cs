namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/net/core/somaxconn</c>: the cap on a listening socket's backlog; <c>listen</c> silently lowers a
/// larger one (listen(2); <c>sysctl_somaxconn</c> in <c>net/core/sysctl_net_core.c</c>, per network namespace).
/// </summary>
[ProcFile("sys/net/core/somaxconn"), SingleValue]
public sealed partial record NetCoreSomaxconn
{
    /// <summary>The largest accept queue (4096 since 5.4, 128 before).</summary>
    public required int MaxBacklog { get; init; }
}
