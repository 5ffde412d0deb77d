namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/execdomains</c>: an execution domain, the personalities (personality(2)) it serves, and
/// the module that provides it (<c>execdomains_proc_show</c> in <c>kernel/exec_domain.c</c>).
/// </summary>
/// <remarks>
/// Current kernels print one fixed line, <c>0-0 Linux [kernel]</c>; older ones printed
/// <c>%d-%d\t%-16s\t[%s]</c> for each registered domain (<c>SVR4</c>, <c>iBCS2</c> …).
/// </remarks>
[ProcFile("execdomains", Accessor = "ExecutionDomains"), Rows]
public sealed partial record ExecutionDomain
{
    /// <summary>The range of personality numbers the domain serves, printed <c>low-high</c> (<c>0-0</c>).</summary>
    [Column(0)] public required RangeList Personalities { get; init; }

    /// <summary>The domain's name (<c>Linux</c>).</summary>
    [Column(1)] public required string Name { get; init; }

    /// <summary>The module providing the domain, without its brackets; <c>kernel</c> when built in.</summary>
    [Column(2), Enclosed('[', ']')] public required string Module { get; init; }
}
