"""WAGTAIL_FINISH_WORKFLOW_ACTION for Helder.

Wagtail imports this while its own models load, so it must not import models itself.
"""


def publish_approved(workflow_state, user=None):
    """The approval is the permission to publish.

    Reviewers in the Versimpelteam may approve without a publish permission of their
    own; the gate still checks the text when the revision is published.
    """
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=True
    )
