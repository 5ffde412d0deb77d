using System;
using System.Diagnostics.CodeAnalysis;

namespace ProcGen;

/// <summary>How a read ended, for the outcomes that are part of normal life under <c>/proc</c>.</summary>
public enum ProcReadStatus
{
    Ok,

    /// <summary>The file does not exist (kernel without it, option not configured).</summary>
    NotFound,

    /// <summary>The process or thread exited before or during the read.</summary>
    ProcessGone,

    /// <summary>The kernel refused the read (root-only file, another user's process, <c>hidepid</c>).</summary>
    PermissionDenied,

    /// <summary>
    /// The file has no meaning for this process: a kernel thread has no executable, command line or environment,
    /// a zombie has given up its memory, descriptors and directories. <see cref="ProcFs"/> itself never reports
    /// it, because from one file's errno a live kernel thread's missing <c>exe</c> looks like any missing file
    /// (<c>ENOENT</c>); layers that know what kind of process they read (the process API of
    /// <c>ProcGen.Specs</c>) turn <see cref="NotFound"/> into it. Kept in this one enum rather than a second
    /// result type so that every caller switches over one set of outcomes.
    /// </summary>
    NotApplicable,
}

/// <summary>
/// A read that may legitimately fail: a value, or why there is none. Parse errors are not among the outcomes:
/// they throw <see cref="ProcParseException"/>, because they mean the declaration and the kernel disagree.
/// </summary>
public readonly struct ProcResult<T>
{
    private readonly T? _value;

    private ProcResult(ProcReadStatus status, T? value, string? filePath)
    {
        Status = status;
        _value = value;
        FilePath = filePath;
    }

    public ProcReadStatus Status { get; }

    /// <summary>The full path read, when the read failed.</summary>
    public string? FilePath { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsOk => Status == ProcReadStatus.Ok;

    /// <summary>The value; throws the typed error for the status when there is none.</summary>
    public T Value => Status switch
    {
        ProcReadStatus.Ok => _value!,
        ProcReadStatus.ProcessGone => throw new ProcessNotFoundException(FilePath ?? "?"),
        ProcReadStatus.PermissionDenied => throw new ProcPermissionDeniedException(FilePath ?? "?"),
        ProcReadStatus.NotApplicable => throw new ProcFileNotFoundException(
            $"{FilePath ?? "?"}: not applicable to this process (a kernel thread or a zombie has none)", FilePath ?? "?"),
        _ => throw new ProcFileNotFoundException(FilePath ?? "?"),
    };

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsOk;
    }

    /// <summary>The value, or <paramref name="fallback"/> for any other status.</summary>
    public T? GetValueOrDefault(T? fallback = default) => IsOk ? _value : fallback;

    public static ProcResult<T> Ok(T value) => new(ProcReadStatus.Ok, value, null);

    /// <summary>The same outcome with the value converted; a failure keeps its status and path.</summary>
    public ProcResult<TResult> Select<TResult>(Func<T, TResult> selector)
        => IsOk ? ProcResult<TResult>.Ok(selector(_value!)) : ProcResult<TResult>.Failed(Status, FilePath ?? "?");

    /// <summary>The same failure for another value type (only for results that are not <see cref="IsOk"/>).</summary>
    public ProcResult<TResult> CastFailure<TResult>()
        => IsOk ? throw new InvalidOperationException("The read succeeded: there is no failure to pass on.") : ProcResult<TResult>.Failed(Status, FilePath ?? "?");

    public static ProcResult<T> Failed(ProcReadStatus status, string filePath) => new(status, default, filePath);

    public override string ToString() => IsOk ? $"Ok({_value})" : $"{Status} ({FilePath})";
}
