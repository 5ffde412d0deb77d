namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/fs/binfmt_misc/status</c>: whether the miscellaneous binary formats (interpreters registered by
/// magic bytes or extension, such as qemu-user or Wine) are used at all, <c>enabled</c> or <c>disabled</c>
/// (<c>bm_status_read</c> in <c>fs/binfmt_misc.c</c>). Present only where binfmt_misc is mounted there.
/// </summary>
[ProcFile("sys/fs/binfmt_misc/status"), SingleValue]
public sealed partial record BinfmtMiscStatus
{
    /// <summary>Whether registered formats are applied on <c>execve</c>.</summary>
    public required BinfmtMiscState State { get; init; }
}

/// <summary>The words <c>bm_status_read</c> and <c>bm_entry_read</c> print.</summary>
public enum BinfmtMiscState
{
    /// <summary><c>enabled</c>.</summary>
    [ProcToken("enabled")] Enabled,

    /// <summary><c>disabled</c>.</summary>
    [ProcToken("disabled")] Disabled,
}
