"""Background work: checking and unpacking an uploaded package, outside the upload request."""

from django_tasks import task

from . import services


@task()
def check_package(activity_id: int, package_name: str) -> str:
    return services.process_upload(activity_id=activity_id, package_name=package_name)
