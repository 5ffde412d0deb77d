using System;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/fs/binfmt_misc/{name}</c>: one registered interpreter (qemu-user, Wine, Mono, Java…), as
/// <c>entry_status</c> in <c>fs/binfmt_misc.c</c> prints it for <c>bm_entry_read</c>: <c>enabled</c> or
/// <c>disabled</c>, <c>interpreter /usr/bin/qemu-aarch64-static</c>, <c>flags: POCF</c>, then either
/// <c>offset 0</c>, <c>magic 7f454c46…</c> and, when one was given, <c>mask ffffffff…</c> (a magic-matched entry) or
/// <c>extension .exe</c> (an extension-matched entry). Present only where binfmt_misc is mounted there.
/// </summary>
/// <remarks>
/// The directory also holds <c>status</c> (<see cref="BinfmtMiscStatus"/>, matched first as an exact path) and
/// <c>register</c>, which is write-only: it is no entry, and reading it fails with <c>EINVAL</c>/<c>EACCES</c>, so
/// <see cref="IsEntryName"/> tells which names of the directory are entries.
/// </remarks>
[ProcFile("sys/fs/binfmt_misc/{name}", Accessor = "BinfmtMiscEntry"), KeyValue(Separator = ' ')]
public sealed partial record BinfmtMiscEntry
{
    /// <summary>Whether this entry is applied on <c>execve</c> (the first line).</summary>
    [HeaderLine] public required BinfmtMiscState State { get; init; }

    /// <summary>The interpreter run with the binary's path as an argument.</summary>
    [Key("interpreter")] public required string Interpreter { get; init; }

    /// <summary>The flag letters as printed after <c>flags:</c>, possibly none; see <see cref="Flags"/>.</summary>
    [Key("flags:")] public required string FlagLetters { get; init; }

    /// <summary>Where <see cref="Magic"/> is compared in the file's first bytes; <c>null</c> for an extension entry.</summary>
    [Key("offset")] public int? Offset { get; init; }

    /// <summary>The bytes the file must hold at <see cref="Offset"/>; <c>null</c> for an extension entry.</summary>
    [Key("magic")] public HexBytes? Magic { get; init; }

    /// <summary>The bits of <see cref="Magic"/> that are compared; <c>null</c> when every bit is.</summary>
    [Key("mask")] public HexBytes? Mask { get; init; }

    /// <summary>The file name extension with its dot (<c>.exe</c>); <c>null</c> for a magic entry.</summary>
    [Key("extension")] public string? Extension { get; init; }

    /// <summary>Whether the entry matches by file name extension rather than by magic bytes.</summary>
    public bool MatchesByExtension => Extension is not null;

    /// <summary><see cref="FlagLetters"/> as flags; letters this enum does not name stay visible there.</summary>
    public BinfmtMiscFlags Flags
    {
        get
        {
            var flags = BinfmtMiscFlags.None;
            foreach (char letter in FlagLetters)
                flags |= letter switch
                {
                    'P' => BinfmtMiscFlags.PreserveArgv0,
                    'O' => BinfmtMiscFlags.OpenBinary,
                    'C' => BinfmtMiscFlags.Credentials,
                    'F' => BinfmtMiscFlags.FixBinary,
                    _ => BinfmtMiscFlags.None,
                };
            return flags;
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/>, a file of <c>/proc/sys/fs/binfmt_misc</c>, is an entry: <c>status</c> and
    /// the write-only <c>register</c> are not.
    /// </summary>
    public static bool IsEntryName(string name) => name is not ("register" or "status" or "" or "." or "..");
}

/// <summary>The flags of a binfmt_misc entry (<c>check_special_flags</c> in <c>fs/binfmt_misc.c</c>).</summary>
[Flags]
public enum BinfmtMiscFlags
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary><c>P</c>: the interpreter gets the original <c>argv[0]</c> (<c>MISC_FMT_PRESERVE_ARGV0</c>).</summary>
    PreserveArgv0 = 1 << 0,

    /// <summary><c>O</c>: the binary is passed open, as a descriptor (<c>MISC_FMT_OPEN_BINARY</c>).</summary>
    OpenBinary = 1 << 1,

    /// <summary><c>C</c>: credentials come from the binary, not the interpreter; implies <c>O</c> (<c>MISC_FMT_CREDENTIALS</c>).</summary>
    Credentials = 1 << 2,

    /// <summary><c>F</c>: the interpreter is opened at registration, so it works in other mount namespaces (<c>MISC_FMT_OPEN_FILE</c>).</summary>
    FixBinary = 1 << 3,
}
