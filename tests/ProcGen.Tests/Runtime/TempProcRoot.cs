using System;
using System.IO;
using System.Text;

namespace ProcGen.Tests.Runtime;

/// <summary>A throw-away proc root in a temporary directory, for reader tests that need exact control.</summary>
internal sealed class TempProcRoot : IDisposable
{
    public TempProcRoot()
    {
        Path = Directory.CreateTempSubdirectory("procgen-root-").FullName;
        Fs = new ProcFs(Path);
    }

    public string Path { get; }

    public ProcFs Fs { get; }

    public TempProcRoot File(string relativePath, string content) => File(relativePath, Encoding.UTF8.GetBytes(content));

    public TempProcRoot File(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return this;
    }

    public TempProcRoot Link(string relativePath, string target)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.CreateSymbolicLink(full, target);
        return this;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
