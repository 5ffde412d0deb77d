using System;

namespace ProcGen;

/// <summary>Binds a property to a key of a <see cref="KeyValueAttribute"/> file. A nullable property is optional.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class KeyAttribute : Attribute
{
    public KeyAttribute(string name) => Name = name;

    /// <summary>The key exactly as the kernel prints it, without the separator.</summary>
    public string Name { get; }
}

/// <summary>
/// Collects the keys no other property names into an <c>IReadOnlyDictionary&lt;string, T&gt;</c>. Numeric values
/// followed by <c>kB</c> are converted to bytes. Absent keys leave an empty dictionary.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OtherKeysAttribute : Attribute
{
}

/// <summary>Binds a property to a whitespace-separated field of a <see cref="ColumnarAttribute"/> line, 0-based.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ColumnAttribute : Attribute
{
    public ColumnAttribute(int index) => Index = index;

    /// <summary>0-based field index. proc(5) numbers fields from 1: <c>(1) pid</c> is column 0.</summary>
    public int Index { get; }
}

/// <summary>
/// The field is wrapped in <c>Open</c> and <c>Close</c> and may itself contain spaces and
/// both brackets (<c>comm</c> in <c>{pid}/stat</c>): it runs to the <b>last</b> <c>Close</c> of the line.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class EnclosedAttribute : Attribute
{
    public EnclosedAttribute(char open, char close)
    {
        Open = open;
        Close = close;
    }

    public char Open { get; }
    public char Close { get; }
}

/// <summary>The number is printed in hexadecimal, with or without a <c>0x</c> prefix.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class HexAttribute : Attribute
{
}

/// <summary>The number is printed in octal (<c>Umask: 0022</c>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OctalAttribute : Attribute
{
}

/// <summary>The kernel prints this size as <c>N kB</c>; the property holds bytes (N × 1024).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class KilobytesAttribute : Attribute
{
}

/// <summary>The text the kernel prints for this enum member (<c>"R"</c> for a running process).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = true)]
public sealed class ProcTokenAttribute : Attribute
{
    public ProcTokenAttribute(string token) => Token = token;

    public string Token { get; }
}

/// <summary>
/// The enum member used for tokens no other member names: newer kernels add values (process states
/// <c>I</c>, <c>P</c>), which must not fail a parse. Without a fallback an unknown token is a parse error.
/// </summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class ProcFallbackAttribute : Attribute
{
}
