using System;
using System.Text;

namespace ProcGen;

/// <summary>
/// A security module's label for a task, as <c>/proc/[pid]/attr/*</c> give it (<c>proc_pid_attr_read</c> in
/// <c>fs/proc/base.c</c>, the text from each LSM's <c>getprocattr</c>): SELinux <c>system_u:system_r:init_t:s0</c>
/// with a terminating NUL, AppArmor <c>/usr/bin/foo (enforce)</c> or <c>unconfined</c> with a newline, Smack a
/// label with a NUL. The text is kept without that terminator (any mix of trailing NULs and newlines).
/// </summary>
public sealed class SecurityLabel : IProcValue<SecurityLabel>, IEquatable<SecurityLabel>
{
    private SecurityLabel(string text) => Text = text;

    /// <summary>The label, without its terminating NUL or newline.</summary>
    public string Text { get; }

    /// <summary>
    /// AppArmor's mode, the text in the final parentheses (<c>enforce</c>, <c>complain</c>, <c>kill</c>,
    /// <c>unconfined</c>), or <c>null</c> when the label has none (<c>unconfined</c> itself, SELinux, Smack).
    /// </summary>
    public string? AppArmorMode
    {
        get
        {
            if (!Text.EndsWith(')')) return null;
            int open = Text.LastIndexOf(" (", StringComparison.Ordinal);
            return open < 0 ? null : Text[(open + 2)..^1];
        }
    }

    public static bool TryParse(ReadOnlySpan<byte> utf8, out SecurityLabel value)
    {
        int end = utf8.Length;
        while (end > 0 && utf8[end - 1] is 0 or (byte)'\n') end--;
        var text = utf8[..end];
        // A NUL inside would be two strings run together: not a label.
        if (text.IsEmpty || text.IndexOf((byte)0) >= 0)
        {
            value = null!;
            return false;
        }
        value = new SecurityLabel(Encoding.UTF8.GetString(text));
        return true;
    }

    public bool Equals(SecurityLabel? other) => other is not null && Text == other.Text;

    public override bool Equals(object? obj) => Equals(obj as SecurityLabel);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Text;
}
