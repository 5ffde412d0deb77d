namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/loginuid</c>: the audit login uid, set once at login by <c>pam_loginuid</c> and inherited
/// (<c>proc_loginuid_read</c> in <c>fs/proc/base.c</c>; <c>CONFIG_AUDIT</c>). Printed without a newline;
/// 4294967295 (<c>AUDIT_UID_UNSET</c>, (uid_t)-1) means never set, as for daemons started at boot.
/// </summary>
[ProcFile("{pid}/loginuid"), SingleValue]
public sealed partial record ProcessLoginUid
{
    /// <summary>The value the kernel uses for "not set".</summary>
    public const uint Unset = uint.MaxValue;

    /// <summary>The login uid, or <see cref="Unset"/>.</summary>
    public required uint Uid { get; init; }

    /// <summary>Whether a login uid was set.</summary>
    public bool IsSet => Uid != Unset;
}
