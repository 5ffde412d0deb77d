namespace ProcGen.Specs;

/// <summary>The <c>Type</c> column of <c>net/unix</c>: the kernel's <c>%04X</c> of <c>SOCK_*</c>.</summary>
public enum UnixSocketType
{
    /// <summary>A type this library does not know.</summary>
    [ProcFallback] Unknown = 0,
    /// <summary><c>0001</c>: <c>SOCK_STREAM</c>.</summary>
    [ProcToken("0001")] Stream = 1,
    /// <summary><c>0002</c>: <c>SOCK_DGRAM</c>.</summary>
    [ProcToken("0002")] Datagram = 2,
    /// <summary><c>0005</c>: <c>SOCK_SEQPACKET</c>.</summary>
    [ProcToken("0005")] SequencedPacket = 5,
}
