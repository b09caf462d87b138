using TelnetTui.Telnet.Values;

namespace TelnetTui.Core.Mud;

/// <summary>
/// A node of the inspector's MUD data tree: a name, the latest value received under it (if a message
/// had exactly this name), when it came, and its children (GMCP "Char.Vitals" sits under "Char").
/// </summary>
public sealed class MudDataNode(string name)
{
    private readonly List<MudDataNode> _children = [];

    public string Name { get; } = name;

    public MudValue? Value { get; internal set; }

    public DateTimeOffset? Updated { get; internal set; }

    /// <summary>Messages received under this exact name.</summary>
    public long Count { get; internal set; }

    /// <summary>Set when the last message under this name was malformed (the value then holds its raw text).</summary>
    public string? Error { get; internal set; }

    /// <summary>Children in the order they first appeared.</summary>
    public IReadOnlyList<MudDataNode> Children => _children;

    public MudDataNode? Find(string name) => _children.Find(c => c.Name == name);

    internal MudDataNode GetOrAdd(string name)
    {
        var child = Find(name);
        if (child is null)
        {
            child = new MudDataNode(name);
            _children.Add(child);
        }
        return child;
    }
}
