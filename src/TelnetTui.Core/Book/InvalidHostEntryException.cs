using TelnetTui.Core.Settings;

namespace TelnetTui.Core.Book;

/// <summary>A host entry (from a dialog) that the book would not accept; <see cref="Problems"/> say which fields and why.</summary>
public sealed class InvalidHostEntryException(IReadOnlyList<SettingsDiagnostic> problems)
    : Exception(string.Join("\n", problems.Select(p => p.ToString())))
{
    public IReadOnlyList<SettingsDiagnostic> Problems { get; } = problems;
}
