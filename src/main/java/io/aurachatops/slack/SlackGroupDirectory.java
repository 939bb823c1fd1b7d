package io.aurachatops.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import io.aurachatops.access.GroupDirectory;
import io.aurachatops.access.GroupLookupException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** User-group members from {@code usergroups.users.list}. */
@ApplicationScoped
public class SlackGroupDirectory implements GroupDirectory {

    private final SlackClients clients;

    public SlackGroupDirectory(SlackClients clients) {
        this.clients = clients;
    }

    @Override
    public Set<String> members(String groupId) {
        try {
            UsergroupsUsersListResponse response = clients.methods().usergroupsUsersList(r -> r.usergroup(groupId));
            if (!response.isOk()) {
                throw new GroupLookupException(response.getError());
            }
            return response.getUsers() == null ? Set.of()
                    : response.getUsers().stream().map(u -> u.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        } catch (IOException | SlackApiException e) {
            throw new GroupLookupException(e.getClass().getSimpleName());
        }
    }
}
