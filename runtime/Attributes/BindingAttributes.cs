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

/// <summary>
/// Binds a property to a field of a <see cref="ColumnarAttribute"/> line or a row of a <see cref="RowsAttribute"/> or
/// <see cref="HeaderTableAttribute"/> file: by 0-based index, or (header tables) by the name the header prints.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ColumnAttribute : Attribute
{
    public ColumnAttribute(int index) => Index = index;

    /// <summary>The column the header names <paramref name="name"/>; a nullable property's column may be absent.</summary>
    public ColumnAttribute(string name)
    {
        Index = -1;
        Name = name;
    }

    /// <summary>0-based field index. proc(5) numbers fields from 1: <c>(1) pid</c> is column 0. -1 when bound by name.</summary>
    public int Index { get; }

    /// <summary>The header's name for the column, or <c>null</c> when bound by index.</summary>
    public string? Name { get; }
}

/// <summary>
/// The rest of the line after the last bound column, trimmed: a path that may contain spaces (<c>{pid}/maps</c>),
/// free text (<c>interrupts</c>' chip and handler names). A <c>string</c>, a <c>string[]</c> of its blank-separated
/// words, or an <see cref="IProcValue{TSelf}"/> type; nullable when the line may end before it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class RestAttribute : Attribute
{
    /// <summary>The rest of the line after the last bound column.</summary>
    public RestAttribute() => FromColumn = -1;

    /// <summary>
    /// The rest of the line from field <paramref name="fromColumn"/> on: the fields between the last bound column
    /// and it are skipped (the <c>:</c> in <c>iomem</c>'s <c>00000000-00000fff : Reserved</c>).
    /// </summary>
    public RestAttribute(int fromColumn) => FromColumn = fromColumn;

    /// <summary>The 0-based field the rest starts at, or -1 for "after the last bound column".</summary>
    public int FromColumn { get; }
}

/// <summary>
/// The string is printed with the kernel's octal escapes (<c>\040</c> for a space, <c>\011</c> tab, <c>\012</c>
/// newline, <c>\134</c> backslash: <c>seq_escape</c> in <c>mounts</c>, <c>mountinfo</c>, <c>swaps</c>); the property
/// holds the decoded text.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class EscapedAttribute : Attribute
{
}

/// <summary>
/// The kernel prints <see cref="Token"/> for "no value" (<c>-</c>, <c>unlimited</c>, <c>EOF</c>); the nullable
/// property is then <c>null</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class NullIfAttribute : Attribute
{
    public NullIfAttribute(string token) => Token = token;

    public string Token { get; }
}

/// <summary>
/// The field ends with <see cref="Text"/>, which is not part of the value (<c>0:</c> in <c>interrupts</c>,
/// <c>1:</c> in <c>locks</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SuffixAttribute : Attribute
{
    public SuffixAttribute(string text) => Text = text;

    public string Text { get; }
}

/// <summary>
/// The field starts with <see cref="Text"/>, which is not part of the value: the name of a <c>name=value</c> field
/// (<c>Number=0</c> in <c>bus/input/handlers</c>). A field without it is a parse error; a nullable column that is
/// absent is still <c>null</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class PrefixAttribute : Attribute
{
    public PrefixAttribute(string text) => Text = text;

    public string Text { get; }
}

/// <summary>
/// A <c>bool</c> column that is either the literal <see cref="Token"/> or absent (<c>-&gt;</c> before a blocked
/// waiter in <c>locks</c>): <c>true</c> when present; when absent, the next column takes its place.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OptionalTokenAttribute : Attribute
{
    public OptionalTokenAttribute(string token) => Token = token;

    public string Token { get; }
}

/// <summary>
/// An array column of variable length that ends at the field <see cref="Token"/> (<c>mountinfo</c>'s optional
/// fields end at <c>-</c>). The terminator is consumed; the next column follows it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class TerminatedByAttribute : Attribute
{
    public TerminatedByAttribute(string token) => Token = token;

    public string Token { get; }
}

/// <summary>
/// An array with one value per column the header names (<c>interrupts</c>, <c>softirqs</c>: one count per CPU).
/// A row may have fewer (<c>ERR:</c> has one count); the column after it follows the last value read.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class HeaderColumnsAttribute : Attribute
{
}

/// <summary>The title of the section the row is in (see <see cref="RowsAttribute.Sections"/>), without its colon.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SectionAttribute : Attribute
{
}

/// <summary>
/// The number of blanks that indent the row: the depth in indented trees (<c>iomem</c>, <c>ioports</c> indent each
/// level by two spaces).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class IndentationAttribute : Attribute
{
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

/// <summary>
/// The first line of a <see cref="BlocksAttribute"/> block (<c>Node 0, zone   Normal</c>, the <c>maps</c> line of a
/// <c>smaps</c> entry), as a string, an enum, an <see cref="IProcValue{TSelf}"/>, a columnar part, or one row of a rows
/// declaration; or the first line of a <see cref="KeyValueAttribute"/> file whose keys follow a line that is no key
/// (<c>sys/fs/binfmt_misc/{name}</c>'s <c>enabled</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class HeaderLineAttribute : Attribute
{
}

/// <summary>
/// Keys made of a fixed name and a number (<c>cpu0</c>, <c>cpu1</c> … in <c>/proc/stat</c>), collected into an
/// <c>IReadOnlyDictionary&lt;int, T&gt;</c> keyed by the number. The name alone (<c>cpu</c>) is not one of them, so
/// it can be bound with its own <see cref="KeyAttribute"/>. Numbers may have gaps (offline CPUs are not printed).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class IndexedKeyAttribute : Attribute
{
    public IndexedKeyAttribute(string name) => Name = name;

    /// <summary>The text before the number.</summary>
    public string Name { get; }
}

/// <summary>
/// On a <see cref="KeyAttribute"/> read from the lines indented under it: lines that start with
/// <see cref="Key"/> belong to those lines too, though the kernel prints them no deeper than the title
/// (<c>zoneinfo</c>'s per-CPU <c>vm stats threshold</c>, two columns left of the <c>cpu:</c> block under
/// <c>pagesets</c> it belongs to).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OutdentedKeyAttribute : Attribute
{
    public OutdentedKeyAttribute(string key) => Key = key;

    /// <summary>The key as the kernel prints it, without its separator.</summary>
    public string Key { get; }
}

/// <summary>
/// A key the kernel prints on several lines of one file or block, collected in order into an
/// <c>IReadOnlyList&lt;T&gt;</c>, <c>T</c> being any type a <see cref="KeyAttribute"/> property can have (a part
/// declaration for structured lines): <c>tfd</c> once per epoll target and <c>inotify wd</c> once per watch in
/// <c>{pid}/fdinfo/{fd}</c>, <c>B</c> once per capability bitmap in <c>bus/input/devices</c>. A file without the key
/// gives an empty list.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class RepeatedKeyAttribute : Attribute
{
    public RepeatedKeyAttribute(string name) => Name = name;

    /// <summary>The key exactly as the kernel prints it, without the separator.</summary>
    public string Name { get; }
}
