using System;

namespace ProcGen;

/// <summary>
/// Declares that a <c>partial record</c> describes one <c>/proc</c> file. The generator emits its parser
/// (<c>Parse</c>, <c>TryParse</c>) and the accessors that read it through a <see cref="ProcFs"/> root.
/// </summary>
/// <remarks>
/// The path is relative to the proc root. Placeholders: <c>{pid}</c> (a process directory: a number,
/// <c>self</c> or <c>thread-self</c>, or a thread's <c>{pid}/task/{tid}</c>) and named ones such as <c>{fd}</c>,
/// which become parameters of the generated accessor.
/// <para>
/// A declaration may carry several <see cref="ProcFileAttribute"/>s when files share one format: <c>net/tcp</c> and
/// <c>net/tcp6</c>, and the same files per network namespace under <c>{pid}/net/</c>. Each path gets its own
/// accessor (name them with <see cref="Accessor"/>) and catalog entry; the first is the declaration's
/// <c>PathTemplate</c>.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = true)]
public sealed class ProcFileAttribute : Attribute
{
    public ProcFileAttribute(string pathTemplate) => PathTemplate = pathTemplate;

    /// <summary>The path relative to the proc root, e.g. <c>meminfo</c> or <c>{pid}/stat</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>
    /// Name of the generated accessor (<c>fs.Meminfo()</c>, <c>process.Stat()</c>). Defaults to the type name,
    /// without a leading <c>Process</c> for per-process files.
    /// </summary>
    public string? Accessor { get; set; }
}
