namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/attr/*</c>: a Linux security module's label for the task (<c>proc_pid_attr_read</c> in
/// <c>fs/proc/base.c</c>, each module's <c>getprocattr</c>). <c>current</c>: the task's label now; <c>prev</c>: before
/// its last <c>execve</c>; <c>exec</c>, <c>fscreate</c>, <c>keycreate</c>, <c>sockcreate</c>: the labels its next
/// <c>execve</c>, new files, keys and sockets get (usually empty: the module's default). The per-module directories
/// (<c>attr/apparmor/</c>, <c>attr/smack/</c>) answer for one module when several are stacked.
/// </summary>
/// <remarks>
/// With no module that provides an attribute (a kernel without SELinux, AppArmor or Smack, or a module without that
/// attribute), the read fails with <c>EINVAL</c>: the file is then not found for this task (nothing to parse). An
/// empty file (an unset <c>exec</c> or <c>fscreate</c>) gives <c>null</c>.
/// </remarks>
[ProcFile("{pid}/attr/current", Accessor = "SecurityLabel")]
[ProcFile("{pid}/attr/prev", Accessor = "PreviousSecurityLabel")]
[ProcFile("{pid}/attr/exec", Accessor = "ExecSecurityLabel")]
[ProcFile("{pid}/attr/fscreate", Accessor = "FileCreationSecurityLabel")]
[ProcFile("{pid}/attr/keycreate", Accessor = "KeyCreationSecurityLabel")]
[ProcFile("{pid}/attr/sockcreate", Accessor = "SocketCreationSecurityLabel")]
[ProcFile("{pid}/attr/apparmor/current", Accessor = "AppArmorLabel")]
[ProcFile("{pid}/attr/apparmor/prev", Accessor = "PreviousAppArmorLabel")]
[ProcFile("{pid}/attr/apparmor/exec", Accessor = "ExecAppArmorLabel")]
[ProcFile("{pid}/attr/smack/current", Accessor = "SmackLabel")]
[SingleValue]
public sealed partial record ProcessSecurityAttribute
{
    /// <summary>The label, without the module's trailing NUL or newline; <c>null</c> when the attribute is unset.</summary>
    public SecurityLabel? Label { get; init; }
}
