using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// A process in a <see cref="ProcessTree"/>: the process with links to its parent and children in the same
/// snapshot, like the nodes of Python <c>proc</c>'s <c>proc.tree</c>.
/// </summary>
public sealed class ProcessTreeNode
{
    internal readonly List<ProcessTreeNode> ChildList = [];

    internal ProcessTreeNode(ProcessInfo process) => Process = process;

    public ProcessInfo Process { get; }

    public int Pid => Process.Pid;

    /// <summary>The parent, or <c>null</c> for a root (pid 1, kthreadd, or a process whose parent was not in the snapshot).</summary>
    public ProcessTreeNode? Parent { get; internal set; }

    /// <summary>The children, by pid.</summary>
    public IReadOnlyList<ProcessTreeNode> Children => ChildList;

    /// <summary>The children's children, by parent then pid.</summary>
    public IEnumerable<ProcessTreeNode> Grandchildren
    {
        get
        {
            foreach (var child in ChildList)
                foreach (var grandchild in child.ChildList)
                    yield return grandchild;
        }
    }

    /// <summary>Every process below this one, depth first, each parent before its children.</summary>
    public IEnumerable<ProcessTreeNode> Descendants
    {
        get
        {
            // An explicit stack: process trees can be deeper than is comfortable for recursive iterators.
            var stack = new Stack<ProcessTreeNode>();
            for (int i = ChildList.Count - 1; i >= 0; i--) stack.Push(ChildList[i]);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                yield return node;
                for (int i = node.ChildList.Count - 1; i >= 0; i--) stack.Push(node.ChildList[i]);
            }
        }
    }

    /// <summary>The parent, its parent, and so on up to a root.</summary>
    public IEnumerable<ProcessTreeNode> Ancestors
    {
        get
        {
            for (var node = Parent; node is not null; node = node.Parent)
                yield return node;
        }
    }

    /// <summary>
    /// The first child (or, with <paramref name="recursive"/>, descendant) matching every criterion given:
    /// <see cref="ProcessInfo.Pid"/>, <see cref="ProcessInfo.Comm"/>, <see cref="ProcessInfo.ExeName"/>,
    /// <see cref="ProcessInfo.ExePath"/>. No criterion matches any process.
    /// </summary>
    public ProcessTreeNode? Find(int? pid = null, string? comm = null, string? exeName = null, string? exePath = null, bool recursive = false)
    {
        foreach (var node in recursive ? Descendants : ChildList)
            if (ProcessTree.IsMatch(node.Process, pid, comm, exeName, exePath)) return node;
        return null;
    }

    /// <summary>Every child (or, with <paramref name="recursive"/>, descendant) matching the criteria of <see cref="Find"/>.</summary>
    public List<ProcessTreeNode> FindAll(int? pid = null, string? comm = null, string? exeName = null, string? exePath = null, bool recursive = false)
    {
        var found = new List<ProcessTreeNode>();
        foreach (var node in recursive ? Descendants : ChildList)
            if (ProcessTree.IsMatch(node.Process, pid, comm, exeName, exePath)) found.Add(node);
        return found;
    }

    public override string ToString() => Process.ToString();
}
