namespace ProcGen.Specs;

/// <summary>
/// One socket of <c>/proc/net/unix</c> (or <c>{pid}/net/unix</c>): a Unix domain socket (proc(5);
/// <c>unix_seq_show</c> in <c>net/unix/af_unix.c</c>). Read with <c>fs.Unix()</c> or <c>fs.EnumerateUnix()</c>.
/// </summary>
/// <remarks>
/// The path column is absent for unbound sockets. Abstract names print as <c>@</c> followed by the name, every NUL
/// byte of the name as <c>@</c>; file names are printed as they are, so they may contain blanks (kept, except at the
/// end of the line, which is trimmed).
/// </remarks>
[ProcFile("net/unix", Accessor = "Unix"), ProcFile("{pid}/net/unix", Accessor = "Unix"), Rows(SkipLines = 1)]
public sealed partial record UnixSocket
{
    /// <summary>The kernel address of the socket (<c>Num</c>, <c>%pK</c>: hashed, or 0 without privilege).</summary>
    [Column(0), Suffix(":"), Hex] public required ulong Address { get; init; }

    /// <summary>References to the socket (<c>RefCount</c>).</summary>
    [Column(1), Hex] public required uint RefCount { get; init; }

    /// <summary>Always 0 (<c>Protocol</c>).</summary>
    [Column(2), Hex] public required uint Protocol { get; init; }

    /// <summary>Flags: <c>0x10000</c> (<c>__SO_ACCEPTCON</c>) for a listening socket. See <see cref="IsListening"/>.</summary>
    [Column(3), Hex] public required uint Flags { get; init; }

    /// <summary>Stream, datagram or sequenced-packet.</summary>
    [Column(4)] public required UnixSocketType Type { get; init; }

    /// <summary>The connection state.</summary>
    [Column(5)] public required UnixSocketState State { get; init; }

    /// <summary>The socket's inode (as in <c>socket:[inode]</c> of <c>{pid}/fd</c>).</summary>
    [Column(6)] public required ulong Inode { get; init; }

    /// <summary>The bound path, <c>@name</c> for an abstract name, or <c>null</c> when unbound.</summary>
    [Rest] public string? Path { get; init; }

    /// <summary>Whether the socket is listening (<c>__SO_ACCEPTCON</c>).</summary>
    public bool IsListening => (Flags & 0x10000) != 0;

    /// <summary>Whether the name is in the abstract namespace (printed with a leading <c>@</c>).</summary>
    public bool IsAbstract => Path is ['@', ..];
}
