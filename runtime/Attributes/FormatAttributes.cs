using System;

namespace ProcGen;

/// <summary>
/// One <c>key&lt;separator&gt; value [unit]</c> per line (<c>meminfo</c>, <c>{pid}/status</c>, <c>vmstat</c>).
/// Keys are bound with <see cref="KeyAttribute"/>; unknown keys are ignored unless an
/// <see cref="OtherKeysAttribute"/> property collects them.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class KeyValueAttribute : Attribute
{
    /// <summary>
    /// The byte between key and value. <c>' '</c> means "the first run of spaces or tabs" (<c>vmstat</c>).
    /// </summary>
    public char Separator { get; set; } = ':';
}

/// <summary>
/// One line of whitespace-separated fields bound by index with <see cref="ColumnAttribute"/>
/// (<c>loadavg</c>, <c>{pid}/stat</c>). Fields past the last declared column are ignored: kernels append fields.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ColumnarAttribute : Attribute
{
}

/// <summary>
/// The whole file is one value (<c>{pid}/comm</c>, <c>{pid}/oom_score</c>, <c>sys</c> knobs). The record has
/// exactly one property. Strings keep inner whitespace and lose the trailing newline; numbers are trimmed.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class SingleValueAttribute : Attribute
{
}

/// <summary>
/// NUL-terminated items (<c>{pid}/cmdline</c>, <c>{pid}/environ</c>). The record has one property: a
/// <c>string[]</c>, or an <see cref="EnvironmentVariable"/> array split at each item's first <c>=</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class NulSeparatedAttribute : Attribute
{
}

/// <summary>
/// The "file" is a symbolic link (<c>{pid}/exe</c>, <c>{pid}/cwd</c>, <c>{pid}/fd/{fd}</c>); the record has one
/// <c>string</c> property that receives the link target.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class SymbolicLinkAttribute : Attribute
{
}
