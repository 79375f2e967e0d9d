using System.Text;

namespace ResourceMonitor.Domain.Access;

/// <summary>Renders a <see cref="BrokerAccessPolicy"/> as a Mosquitto 2 <c>acl_file</c>.</summary>
public static class MosquittoAclFile
{
    /// <summary>The file's text: one <c>user</c> block per identity with its <c>topic</c> lines.</summary>
    public static string Render(BrokerAccessPolicy policy)
    {
        var text = new StringBuilder();
        text.Append("# Mosquitto ACL of park ").Append(policy.Park).Append(", generated from its catalog by the worker's `broker-acl` command\n");
        text.Append("# (docs/security.md). Do not edit: change the catalog and generate it again. Every user name is also its client id\n");
        text.Append("# (use_username_as_clientid in mosquitto.conf), so no user can take over another's session.\n");
        foreach (var identity in policy.Identities)
        {
            text.Append('\n');
            text.Append("# ").Append(identity.Purpose).Append('\n');
            text.Append("user ").Append(identity.Username).Append('\n');
            foreach (var grant in identity.Grants)
            {
                text.Append("topic ").Append(Word(grant.Access)).Append(' ').Append(grant.Filter).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Word(TopicAccess access) => access switch
    {
        TopicAccess.Read => "read",
        TopicAccess.Write => "write",
        _ => "readwrite",
    };
}
