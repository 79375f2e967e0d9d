using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// Runs deploy/mosquitto/init.sh, the script docker-compose runs at the broker's start, into a temp directory:
/// the password file, ACL (deploy/mosquitto/acl, generated from the sample catalog) and certificates that production uses.
/// </summary>
public sealed class BrokerSetup : IDisposable
{
    private BrokerSetup(DirectoryInfo directory, string park, IReadOnlyList<string> plants, IReadOnlyDictionary<string, string> passwords)
    {
        Directory = directory;
        Park = park;
        Plants = plants;
        Passwords = passwords;
    }

    /// <summary>Where init.sh wrote its output.</summary>
    public DirectoryInfo Directory { get; }

    /// <summary>The park id.</summary>
    public string Park { get; }

    /// <summary>The plant ids.</summary>
    public IReadOnlyList<string> Plants { get; }

    /// <summary>User name → password, as given to init.sh through the environment.</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; }

    /// <summary>The generated password file.</summary>
    public string PasswordFile => System.IO.Path.Combine(Directory.FullName, "passwd");

    /// <summary>The generated ACL file.</summary>
    public string AclFile => System.IO.Path.Combine(Directory.FullName, "acl");

    /// <summary>The generated certificates directory.</summary>
    public string CertificatesDirectory => System.IO.Path.Combine(Directory.FullName, "certs");

    /// <summary>The committed ACL of the sample park (the worker's <c>broker-acl</c> output for its catalog).</summary>
    public static string CommittedAcl => RepositoryFiles.Path("deploy/mosquitto/acl");

    /// <summary>
    /// Runs init.sh for <paramref name="park"/> (the sample park: the committed ACL is its) with fresh random passwords for
    /// every user of the ACL; <paramref name="plants"/> are the plants the test uses.
    /// </summary>
    public static async Task<BrokerSetup> RunAsync(string park, IReadOnlyList<string> plants)
    {
        RequiredService.Find("openssl", "openssl", "/usr/bin/openssl");
        RequiredService.Find("mosquitto_passwd", "mosquitto", "/usr/bin/mosquitto_passwd");
        var directory = System.IO.Directory.CreateTempSubdirectory("rm-broker-setup-");
        var passwords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in await File.ReadAllLinesAsync(CommittedAcl))
        {
            if (line.StartsWith("user ", StringComparison.Ordinal))
            {
                passwords[line[5..]] = Guid.NewGuid().ToString("N");
            }
        }

        // The worker's three connections (worker, worker-pub, worker-status) share the worker's password, as in production.
        foreach (var user in passwords.Keys.Where(u => u.StartsWith("worker-", StringComparison.Ordinal)).ToList())
        {
            passwords[user] = passwords["worker"];
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["RM_MQTT_OUT"] = directory.FullName,
            ["RM_PARK"] = park,
            ["RM_MQTT_ACL"] = CommittedAcl,
        };
        foreach (var (user, password) in passwords.Where(p => !p.Key.StartsWith("worker-", StringComparison.Ordinal)))
        {
            environment[$"MQTT_PASSWORD_{user.ToUpperInvariant().Replace('-', '_')}"] = password;
        }

        var run = await ToolRun.RunAsync("/bin/sh", [RepositoryFiles.Path("deploy/mosquitto/init.sh")], environment);
        if (run.ExitCode != 0)
        {
            directory.Delete(recursive: true);
            throw new InvalidOperationException($"deploy/mosquitto/init.sh failed: {run}");
        }

        return new BrokerSetup(directory, park, plants, passwords);
    }

    /// <summary>The production listeners' client-id binding lines (<c>use_username_as_clientid</c>) from deploy/mosquitto/mosquitto.conf.</summary>
    public static IReadOnlyList<string> ProductionListenerBinding() =>
        File.ReadAllLines(RepositoryFiles.Path("deploy/mosquitto/mosquitto.conf"))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("use_username_as_clientid ", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(recursive: true);
}
