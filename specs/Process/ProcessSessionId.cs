namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/sessionid</c>: the audit session id, assigned with the login uid (<c>proc_sessionid_read</c> in
/// <c>fs/proc/base.c</c>; <c>CONFIG_AUDIT</c>). Printed without a newline; 4294967295 (<c>AUDIT_SID_UNSET</c>)
/// means no audit session. Not the <c>setsid</c> session of <see cref="ProcessStat.SessionId"/>.
/// </summary>
[ProcFile("{pid}/sessionid"), SingleValue]
public sealed partial record ProcessSessionId
{
    /// <summary>The value the kernel uses for "no session".</summary>
    public const uint Unset = uint.MaxValue;

    /// <summary>The audit session id, or <see cref="Unset"/>.</summary>
    public required uint SessionId { get; init; }

    /// <summary>Whether the process belongs to an audit session.</summary>
    public bool IsSet => SessionId != Unset;
}
