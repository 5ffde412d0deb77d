using System;

namespace ProcGen;

/// <summary>Base of every error ProcGen reports. <see cref="FilePath"/> names the file when it is known.</summary>
public abstract class ProcException : Exception
{
    protected ProcException(string message, string? filePath, Exception? inner = null)
        : base(message, inner) => FilePath = filePath;

    /// <summary>The full path of the file involved, or <c>null</c> when parsing a span that came from elsewhere.</summary>
    public string? FilePath { get; }
}

/// <summary>The file does not exist under the proc root (a kernel without it, a typo, a fixture without it).</summary>
public class ProcFileNotFoundException : ProcException
{
    public ProcFileNotFoundException(string filePath, Exception? inner = null)
        : this($"{filePath}: no such file", filePath, inner)
    {
    }

    public ProcFileNotFoundException(string message, string filePath, Exception? inner = null)
        : base(message, filePath, inner)
    {
    }
}

/// <summary>
/// The process (or thread) the file belongs to is gone: it exited before or while the file was read. Expected in
/// any enumeration of processes; <c>TryRead…</c> accessors report it as <see cref="ProcReadStatus.ProcessGone"/>.
/// </summary>
public sealed class ProcessNotFoundException : ProcFileNotFoundException
{
    public ProcessNotFoundException(string filePath, Exception? inner = null)
        : base($"{filePath}: the process has exited", filePath, inner)
    {
    }

    /// <summary>With a message of its own: a signal that found no process (<c>ESRCH</c>), a reused pid.</summary>
    public ProcessNotFoundException(string message, string filePath, Exception? inner)
        : base(message, filePath, inner)
    {
    }
}

/// <summary>
/// The kernel refused the read: root-only files (<c>{pid}/environ</c> of another user, <c>slabinfo</c>) or
/// <c>hidepid</c> mounts. <c>TryRead…</c> accessors report it as <see cref="ProcReadStatus.PermissionDenied"/>.
/// </summary>
public sealed class ProcPermissionDeniedException : ProcException
{
    public ProcPermissionDeniedException(string filePath, Exception? inner = null)
        : base($"{filePath}: permission denied", filePath, inner)
    {
    }

    /// <summary>With a message of its own: a signal the caller may not send (<c>EPERM</c>).</summary>
    public ProcPermissionDeniedException(string message, string filePath, Exception? inner)
        : base(message, filePath, inner)
    {
    }
}

/// <summary>Any other I/O failure (<c>errno</c> in <see cref="ErrorNumber"/>).</summary>
public sealed class ProcIOException : ProcException
{
    public ProcIOException(string filePath, int errorNumber, string description)
        : base($"{filePath}: {description} (errno {errorNumber})", filePath) => ErrorNumber = errorNumber;

    public int ErrorNumber { get; }
}
