from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import DeletionStatus, InstitutionKind, Occupation
from .validators import validate_whatsapp


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """Sinergi signs people in by e-mail; there are no usernames."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    # Set when the account was erased (UU 27/2022): the row stays, without identity, so that learning
    # records and report figures stay whole.
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.email

    def delete(self, using=None, keep_parents=False):
        """Accounts are erased, never deleted: a delete (the Wagtail admin's, a shell's) erases the personal
        data and keeps the pseudonymous row, so enrolments, attempts and consent evidence survive.
        A bulk queryset delete is refused by `people.receivers.refuse_user_row_delete`."""
        from .services import erase_account

        erase_account(user=self, by=None)
        return 0, {}


class Kecamatan(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("kecamatan")
        verbose_name_plural = _("kecamatan")

    def __str__(self):
        return self.name


class InstitutionQuerySet(models.QuerySet):
    def listed(self):
        """Institutions a participant can pick: checked by an officer and not merged away."""
        return self.filter(is_verified=True, merged_into__isnull=True)


class Institution(models.Model):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=InstitutionKind.choices)
    kecamatan = models.ForeignKey(
        Kecamatan, verbose_name=_("kecamatan"), null=True, blank=True, on_delete=models.PROTECT
    )
    target_headcount = models.PositiveIntegerField(
        _("target headcount"),
        default=0,
        help_text=_("How many people of this institution should be trained."),
    )
    is_verified = models.BooleanField(
        _("verified"),
        default=True,
        help_text=_("Untick for an institution named by a participant and not yet checked by an officer."),
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = InstitutionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        constraints = [
            models.UniqueConstraint(
                fields=["name", "kecamatan"],
                condition=models.Q(is_verified=True, merged_into__isnull=True),
                name="unique_listed_institution_per_kecamatan",
            )
        ]

    def __str__(self):
        return self.name


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("account"), on_delete=models.CASCADE, related_name="profile"
    )
    full_name = models.CharField(
        _("full name"),
        max_length=120,
        help_text=_("Exactly as it must be printed on your certificates, including academic titles."),
    )
    whatsapp = models.CharField(
        _("WhatsApp number"), max_length=20, blank=True, validators=[validate_whatsapp]
    )
    occupation = models.CharField(_("occupation"), max_length=20, choices=Occupation.choices)
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        null=True,
        on_delete=models.PROTECT,
        related_name="members",
    )
    kecamatan = models.ForeignKey(Kecamatan, verbose_name=_("kecamatan"), null=True, on_delete=models.PROTECT)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("participant profile")
        verbose_name_plural = _("participant profiles")

    def __str__(self):
        return self.full_name


class ConsentRecord(models.Model):
    """One row per consent given: the history is kept, as UU 27/2022 asks us to be able to show it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents")
    policy_version = models.CharField(_("policy version"), max_length=20)
    given_at = models.DateTimeField(_("given at"), auto_now_add=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        constraints = [
            models.UniqueConstraint(fields=["user", "policy_version"], name="one_consent_per_policy_version")
        ]

    def __str__(self):
        return f"{self.user} — {self.policy_version}"


class AccountDeletionRequest(models.Model):
    """A participant's request to delete the account, and its outcome. Kept after the erasure as the record
    that it was carried out; it then names the account only by its pseudonym."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="deletion_requests",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=DeletionStatus.choices, default=DeletionStatus.PENDING
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    due_at = models.DateTimeField(_("due by"))
    done_at = models.DateTimeField(_("carried out at"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("carried out by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Filled on erasure: a keyed digest of the erased e-mail address, so the agency can answer "did
    # this address consent, and was it deleted?" for someone who shows the address, without storing it.
    email_digest = models.CharField(_("e-mail fingerprint"), max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["due_at"]
        verbose_name = _("account deletion request")
        verbose_name_plural = _("account deletion requests")
        permissions = [("erase_account", "Can carry out account deletion requests")]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(status="pending"),
                name="one_pending_deletion_request_per_user",
            )
        ]

    def __str__(self):
        # No e-mail address here: Wagtail's history keeps this text after the account is erased.
        return _("Deletion request %(number)s") % {"number": self.pk}

    def account(self) -> str:
        """The e-mail address while the account lives; the pseudonym once it is erased."""
        email = self.user.email
        return email.split("@", 1)[0] if self.user.erased_at else email

    account.short_description = _("account")

    @property
    def is_overdue(self) -> bool:
        return self.status == DeletionStatus.PENDING and self.due_at < timezone.now()
