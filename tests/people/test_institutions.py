"""Officers keep the institution list clean: participants' proposals are merged into listed institutions."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from people.models import Institution, Kecamatan, Profile
from people.services import PeopleError, merge_institution, propose_institution
from tests.conftest import make_institution, make_profile, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def listed():
    return make_institution(name="SD Negeri 12 Lubuklinggau")


@pytest.fixture
def proposal(listed):
    proposer = make_user()
    proposed = propose_institution(
        name="SDN 12 Lubuk Linggau", kind="sekolah", kecamatan=listed.kecamatan, proposed_by=proposer
    )
    make_profile(proposer, institution=proposed)
    make_profile(make_user(), institution=proposed)
    return proposed


def test_merge_moves_everyone_and_retires_the_proposal(proposal, listed, officer):
    moved = merge_institution(source=proposal, target=listed, by=officer)
    assert moved == 2
    assert Profile.objects.filter(institution=listed).count() == 2
    proposal.refresh_from_db()
    assert proposal.merged_into == listed
    assert proposal not in Institution.objects.listed()
    entry = ModelLogEntry.objects.get(action="people.institution_merged")
    assert entry.user == officer
    assert entry.data == {"into": listed.pk, "moved": 2}


def test_merge_refuses_itself_and_a_second_merge(proposal, listed, officer):
    with pytest.raises(PeopleError) as error:
        merge_institution(source=listed, target=listed, by=officer)
    assert error.value.code == "same_institution"
    merge_institution(source=proposal, target=listed, by=officer)
    with pytest.raises(PeopleError) as error:
        merge_institution(source=proposal, target=listed, by=officer)
    assert error.value.code == "already_merged"


def test_a_proposal_matching_a_listed_name_joins_it():
    kecamatan = Kecamatan.objects.get(name="Lubuklinggau Selatan I")
    listed = make_institution(name="SMP Negeri 3 Lubuklinggau", kecamatan=kecamatan)
    same = propose_institution(
        name="smp negeri  3 lubuklinggau", kind="sekolah", kecamatan=kecamatan, proposed_by=make_user()
    )
    assert same == listed


def test_officer_merges_from_the_admin(client, officer, proposal, listed):
    client.force_login(officer)
    listing = client.get("/admin/snippets/people/institution/?is_verified=false").content.decode()
    merge_url = reverse("wagtailsnippets_people_institution:merge", args=[proposal.pk])
    assert merge_url in listing
    response = client.post(merge_url, {"target": listed.pk})
    assert response.status_code == 302
    assert Profile.objects.filter(institution=listed).count() == 2


def test_trainer_cannot_merge(client, trainer, proposal, listed):
    client.force_login(trainer)
    client.post(
        reverse("wagtailsnippets_people_institution:merge", args=[proposal.pk]), {"target": listed.pk}
    )
    assert Profile.objects.filter(institution=proposal).count() == 2


def test_officer_sets_a_target_headcount(client, officer, listed):
    client.force_login(officer)
    url = reverse("wagtailsnippets_people_institution:edit", args=[listed.pk])
    response = client.post(
        url,
        {
            "name": listed.name,
            "kind": "sekolah",
            "kecamatan": listed.kecamatan_id,
            "target_headcount": 35,
            "is_verified": "on",
        },
    )
    assert response.status_code == 302
    listed.refresh_from_db()
    assert listed.target_headcount == 35
