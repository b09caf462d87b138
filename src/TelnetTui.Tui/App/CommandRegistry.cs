namespace TelnetTui.Tui.App;

/// <summary>Every command by id, in the order added (the palette and the help overlay list them so).</summary>
public sealed class CommandRegistry
{
    private readonly List<UiCommand> _commands = [];
    private readonly Dictionary<string, UiCommand> _byId = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<UiCommand> All => _commands;

    public UiCommand Add(UiCommand command)
    {
        if (!_byId.TryAdd(command.Id, command))
            throw new ArgumentException($"command '{command.Id}' is already registered", nameof(command));
        _commands.Add(command);
        return command;
    }

    public UiCommand Add(string id, string title, Action execute, string category = "General") =>
        Add(new UiCommand(id, title, execute) { Category = category });

    public bool TryGet(string id, out UiCommand command) => _byId.TryGetValue(id, out command!);

    /// <summary>Runs the command if it exists and is enabled.</summary>
    public bool Execute(string id)
    {
        if (!_byId.TryGetValue(id, out var command) || !command.IsEnabled())
            return false;
        command.Execute();
        return true;
    }
}
