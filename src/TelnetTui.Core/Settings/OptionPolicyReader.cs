namespace TelnetTui.Core.Settings;

/// <summary>Reads an option policy table: { naws = "request", gmcp = "refuse", 200 = "accept" }.</summary>
internal static class OptionPolicyReader
{
    public static readonly IReadOnlyDictionary<string, OptionPolicy> Policies = new Dictionary<string, OptionPolicy>(StringComparer.Ordinal)
    {
        ["accept"] = OptionPolicy.Accept,
        ["request"] = OptionPolicy.Request,
        ["refuse"] = OptionPolicy.Refuse,
    };

    private static readonly IReadOnlyDictionary<string, OptionPolicy?> Choices = Policies.ToDictionary(p => p.Key, p => (OptionPolicy?)p.Value);

    public static IReadOnlyDictionary<string, OptionPolicy> Read(TableReader? table)
    {
        var result = new Dictionary<string, OptionPolicy>(StringComparer.Ordinal);
        if (table is null)
            return result;
        foreach (var (key, value) in table.Entries())
        {
            var name = KnownTelnetOptions.Canonical(key);
            if (name is null)
            {
                table.Diagnostics.ErrorAtKey(value, table.PathOf(key),
                    $"'{key}' is not a telnet option; use a code 0-255 or one of {string.Join(", ", KnownTelnetOptions.Codes.Keys)}");
                continue;
            }
            var policy = table.Choice(key, (OptionPolicy?)null, Choices);
            if (policy is null)
                continue;
            if (!result.TryAdd(name, policy.Value))
                table.Diagnostics.ErrorAtKey(value, table.PathOf(key), $"option '{name}' is given twice");
        }
        return result;
    }
}
