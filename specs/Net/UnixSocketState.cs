namespace ProcGen.Specs;

/// <summary>
/// The <c>St</c> column of <c>net/unix</c>: a <c>socket_state</c> (<c>SS_*</c>) the kernel derives from whether
/// the socket has a <c>struct socket</c> and is established (<c>unix_seq_show</c> in <c>net/unix/af_unix.c</c>).
/// </summary>
public enum UnixSocketState
{
    /// <summary>A state this library does not know.</summary>
    [ProcFallback] Unknown = 0,
    /// <summary><c>01</c>: not connected (listening and unbound sockets too).</summary>
    [ProcToken("01")] Unconnected = 1,
    /// <summary><c>02</c>: connecting (an embryo socket not yet accepted).</summary>
    [ProcToken("02")] Connecting = 2,
    /// <summary><c>03</c>: connected.</summary>
    [ProcToken("03")] Connected = 3,
    /// <summary><c>04</c>: disconnecting (an orphaned socket).</summary>
    [ProcToken("04")] Disconnecting = 4,
}
